"""careers: explore careers in artificial intelligence from the terminal."""

__version__ = "0.1.0"
