"""The genre's vocabulary, shared by every stage: cue words, body names, dates, numerals, units."""
