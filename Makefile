# Prorata: `make run` opens the app, `make test` runs the suite, `make bench` the benchmarks.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The window's languages besides English (English ships its plural forms only).
LANGUAGES := de fr es nl ja

.PHONY: run test bench venv translations package clean samples screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/prorata

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	status=0; $(PY) -m bench || status=1; $(PY) -m bench.cli_start || status=1; exit $$status

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py') -noobsolete \
		-ts $(foreach l,$(LANGUAGES),translations/prorata_$(l).ts)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py') -pluralonly -noobsolete -ts translations/prorata_en.ts
	$(PY) -m app.translation update

# The sample invoice in each language as PDF and page images, to look at (samples/ is not kept in git).
samples: $(STAMP)
	$(PY) packaging/samples.py --out samples

# The main screens in each window language, offscreen on a small demo database, to look at (screenshots/ is
# not kept in git). Japanese needs a Japanese font (Debian: fonts-ipafont-gothic).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/screenshots.py --out screenshots

# A one-folder app in dist/prorata/, or with BRAND=<name> a reseller's build in dist/<name>/ wearing
# packaging/brands/<name>/brand.toml (README: Branded builds). PyInstaller comes with the [test] extras.
package: $(STAMP)
	PRORATA_PACKAGE_BRAND=$(BRAND) $(VENV)/bin/pyinstaller --noconfirm --distpath dist \
		--workpath build/pyinstaller/$(or $(BRAND),prorata) packaging/prorata.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
