"""The page pass: each rendered page numbered, linked, noted and read back."""
