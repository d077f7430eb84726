"""What the edition changes in Material's own pages."""
