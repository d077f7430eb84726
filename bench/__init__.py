"""Benchmarks that print figures (no timed tests): `python -m bench.run`, or one part, `python -m bench.run scale`."""
