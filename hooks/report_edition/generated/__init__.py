"""The pages and files made at build time: the Charter, UN Documents, Cases and Glossary pages, anchors.json."""
