"""Lines to sections and items: the passes that build a report's tree."""
