"""The edition's own logic, free of MkDocs: the files in ``hooks/`` wire it into a build (see README.md)."""
