"""The user's system tools: the editor, the link opener and the clipboard."""
