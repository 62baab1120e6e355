# Two commands set everything up on a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= outputs

.PHONY: install extract test evaluate validate-gold baseline bench stages report clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract corpus/bios --out $(OUT)

# Gold validation and the precision gate first, so that pytest's summary is the closing line.
test: $(STAMP)
	$(PY) -m pipeline validate-gold
	$(PY) -m pipeline evaluate --out $(OUT) --check
	$(PY) -m pytest

validate-gold: $(STAMP)
	$(PY) -m pipeline validate-gold

evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --out $(OUT)

baseline: $(STAMP)
	$(PY) -m pipeline evaluate --out $(OUT) --write-baseline

report: $(STAMP)
	$(PY) -m pipeline report corpus/bios --gold corpus/gold --out $(OUT)

bench: $(STAMP)
	$(PY) benchmarks/bench.py

stages: $(STAMP)
	$(PY) benchmarks/stages.py

clean:
	rm -rf $(OUT)/*.jsonl $(OUT)/*.csv $(OUT)/*.json $(OUT)/*.html
