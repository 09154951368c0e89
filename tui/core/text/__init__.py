"""Text rules shared by every layer: terminal safety, accent folding, counted words."""
