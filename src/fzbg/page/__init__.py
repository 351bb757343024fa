"""The page around a report: chrome, the title, page fields and converter debris."""
