"""Text canonicalisation and the matching view: normalise, fold, traditional to simplified."""
