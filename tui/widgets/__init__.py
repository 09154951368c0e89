"""The reader's widgets: panes and lists that render what their screen binds to them."""
