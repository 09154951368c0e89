"""Benchmarks, run as scripts (`python benchmarks/X.py`); their generators are imported by the tests too."""
