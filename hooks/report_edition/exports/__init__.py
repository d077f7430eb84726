"""The offline editions: the zip of the site and the single HTML file."""
