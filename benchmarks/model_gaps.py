"""Which rule-table rows the real models get wrong: the MODEL_GAPS of tests/test_rules_models.py, anew.

    python benchmarks/model_gaps.py            # every row of every rule table, on the stanza models

Runs each row of :data:`test_rules_models.TABLES` (the model-free rule tables' rows, each on the models with
its table's options) and prints, per table, the rows whose result differs from the table's answer, with what
the models gave; then a ``MODEL_GAPS`` literal to paste into tests/test_rules_models.py, keeping the reason of
each gap already listed and marking a new one ``TODO``. A table's own known gaps (strict xfails in the
model-free table) are counted apart. Sets ``STANZA_RESOURCES_DIR`` to ``../shared/stanza_resources`` when
that folder exists and the variable is not already set. Exit status 0; a few seconds on one CPU thread.
"""

from __future__ import annotations

import os
import pprint
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STANZA_RESOURCES = REPO.parent / "shared" / "stanza_resources"


def main() -> int:
    if STANZA_RESOURCES.is_dir():
        os.environ.setdefault("STANZA_RESOURCES_DIR", str(STANZA_RESOURCES))
    for path in (REPO, REPO / "tests"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import test_rules_models as models

    from quotekit import Extractor

    extractors = models.extractor_cache(Extractor(threads=1))
    gaps: dict[str, dict[str, str]] = {}
    passed = known = 0
    for table, rows in models.TABLES.items():
        for row in rows.rows:
            got, expected = models.outcome(extractors, table, row)
            if got == expected:
                passed += 1
                continue
            if row.gap:
                known += 1
                continue
            old = models.MODEL_GAPS.get(table, {}).get(row.name)
            gaps.setdefault(table, {})[row.name] = old or "TODO: what goes wrong on the models' parse"
            print(f"## {table}: {row.name}\n{row.text}\n  expected: {pprint.pformat(expected)}")
            print(f"  models:   {pprint.pformat(got)}\n")
    failed = sum(len(g) for g in gaps.values())
    print(f"{passed} rows pass on the models, {failed} model gaps, {known} known gaps of the tables\n")
    print("MODEL_GAPS: dict[str, dict[str, str]] = " + pprint.pformat(gaps, width=110, sort_dicts=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
