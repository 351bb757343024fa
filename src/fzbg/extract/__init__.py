"""What is read out of the report text: metadata, quantities, references."""
