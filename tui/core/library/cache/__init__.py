"""The model cache: parsed briefings as plain JSON, so an unchanged file costs a read."""
