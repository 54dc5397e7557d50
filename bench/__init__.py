"""Benchmarks of woondossier, quoted in the README ("Measured").

- `bench.throughput`: pages per second of `extractors.pages.read_file` on text-layer,
  scanned and photographed pages, one file at a time and over a thread pool, against
  bare Tesseract on the same page images; CPU use per core and peak memory.
  Run it as `.venv/bin/python -m bench.throughput [--pages N] [--seed S] [--json PATH]`.

The corpus is made on the fly by `samples.generator`, so a seed reproduces it.
"""
