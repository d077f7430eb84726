"""The bibliography, the citations in the pages, and the report's own citation in every form readers need."""
