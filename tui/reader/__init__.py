"""The reader screen: its bindings and actions, and the collaborators it delegates to."""
