"""Files on disk: reading briefings safely, paths, atomic writes, watching folders, bundled resources."""
