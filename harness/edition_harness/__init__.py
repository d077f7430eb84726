"""What the tests and the benchmarks share: a clean copy of the project, its strict build, Chromium to read it."""
