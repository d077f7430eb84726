"""References to the Charter and to UN documents: found in text, linked, and indexed."""
