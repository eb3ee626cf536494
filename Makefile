# Arsip — the two set-up commands are `make run` and `make test` (see README.md).
PY := .venv/bin/python
.DEFAULT_GOAL := help

.PHONY: help bootstrap bootstrap-test run test test-cluster bench eval eval-real samples migration screenshots

help:
	@echo "make run    install what is missing, start services, load samples/, start a worker and the web app"
	@echo "make test   install what is missing and run the whole test suite"
	@echo "make test-cluster  the multi-host test: three hosts in network namespaces (root, 2-4 min)"
	@echo "make bench  run the benchmarks and print their figures"
	@echo "make eval   per-field extraction accuracy on the sample archive"
	@echo "make eval-real  per-field accuracy on published agreements (texts in bench/real/texts, not in git)"
	@echo "make screenshots  every top-bar page, an agreement, a dossier and a search at 1366x900 and 390x844 into var/screenshots"

bootstrap:
	@bash scripts/bootstrap.sh

bootstrap-test:
	@bash scripts/bootstrap.sh --test

run: bootstrap
	@bash scripts/run.sh

test: bootstrap-test
	$(PY) -m pytest -q -p no:cacheprovider -m "not cluster"

test-cluster: bootstrap-test
	$(PY) -m pytest -q -p no:cacheprovider -m cluster

bench: bootstrap
	$(PY) -m bench

eval: bootstrap
	$(PY) -m bench.eval

eval-real: bootstrap
	$(PY) -m bench.eval_real

# The browser test of every page saves a picture of each at both sizes (var/ is git-ignored).
screenshots: bootstrap-test
	ARSIP_SCREENSHOTS=$(CURDIR)/var/screenshots $(PY) -m pytest -q -p no:cacheprovider tests/search/test_interface_browser.py -k fits_the_screen
	@echo "screenshots in var/screenshots"

samples: bootstrap
	.venv/bin/arsip samples generate --count 20 --out samples --seed 2023

migration: bootstrap
	bash scripts/regen_migration.sh
