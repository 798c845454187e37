"""Rendering: results to text. Takes core results, never reads files or exits."""
