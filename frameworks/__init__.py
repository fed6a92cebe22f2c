"""Bundled framework data for dtindicators (YAML), found with ``importlib.resources``."""
