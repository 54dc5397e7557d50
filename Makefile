# The two commands of the README. Both set everything up first (scripts/setup.sh).
.PHONY: demo test setup bench accuracy clean

VENV := .venv
OUT ?= out

demo: setup  ## process the bundled sample inbox and print the decisions
	$(VENV)/bin/woondossier run samples/inbox --out $(OUT)

test: setup  ## run the whole test suite (real pdfplumber, real Tesseract, real Prefect)
	$(VENV)/bin/python -m pytest -q

setup:
	@scripts/setup.sh

bench: setup  ## time text-layer and OCR pages (see README, Measured)
	$(VENV)/bin/python -m bench.throughput --rounds 3

accuracy: setup  ## doc types, fields and batch separation against the generator's truth, on the benchmark's own seed
	$(VENV)/bin/python -m bench.accuracy

clean:
	rm -rf $(OUT) .pytest_cache
