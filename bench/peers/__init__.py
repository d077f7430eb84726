"""The edition side by side with its peers, stock MkDocs + Material and Sphinx + furo, built from the same words.

content.py (the report's words for the peers), sites.py (the three sites), lighthouse.py (one run),
side_by_side.py (the "peers" part), diagnostics.py (the "diagnostics" part), tables.py (plain tables).
"""
