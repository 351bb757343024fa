"""What is made of parsed reports: compliance checks, plain data, tables, outlines."""
