"""Lines and enumeration markers: the flat token stream the structure is built from."""
