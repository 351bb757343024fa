"""Running fzbg over many files: batch runs and the command line."""
