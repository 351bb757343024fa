"""Readers: a source (text, bytes, a file of any supported format) to decoded text."""
