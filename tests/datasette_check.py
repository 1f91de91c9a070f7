#!/usr/bin/env python3
"""Checks that Datasette detects argkb's full-text index and that its search on sentences works,
and that it filters and facets on the generated columns of the closed sets.

    python3 tests/datasette_check.py path/to/argkb.db

Datasette finds an FTS table for `sentences` (a view: the text is read from the source) by its
external-content declaration (content="sentences"); `?_search=` then runs an FTS5 MATCH and keeps
the rows whose rowid it returns, which the view gives as a column. Prints "N passed, M failed" and exits
non-zero on any failure.
"""
import asyncio
import sys

from datasette.app import Datasette


async def main(path):
    ds = Datasette([path])
    name = ds.get_database().name
    checks = []

    db = ds.get_database(name)
    fts = await db.fts_table("sentences")
    checks.append(("fts table detected for sentences", fts == "sentences_fts", fts))

    response = await ds.client.get(f"/{name}/sentences.json?_search=alliance&_shape=array&_size=max")
    rows = response.json() if response.status_code == 200 else []
    checks.append(("search answers 200", response.status_code == 200, response.status_code))
    checks.append(("every hit contains the word", bool(rows) and all("allian" in r["text"].lower() for r in rows), len(rows)))

    expected = (await db.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'alliance'")).first()[0]
    checks.append(("as many hits as an FTS5 MATCH", len(rows) == expected, f"{len(rows)} vs {expected}"))

    phrase = await ds.client.get(f"/{name}/sentences.json?_search=%22highly+improbable%22&_shape=array")
    texts = [r["text"] for r in phrase.json()]
    checks.append(("phrase search finds the sentence",
                   texts == ["To sum up, any sort of military alliance between the two is highly improbable."], texts))

    view = await ds.client.get(f"/{name}/source_verdicts.json?_shape=array")
    checks.append(("source_verdicts view is browsable", view.status_code == 200 and len(view.json()) >= 4, view.status_code))

    # The closed sets of the large tables are generated columns (claim_type from claim_type_code):
    # Datasette shows them and filters and facets on them like stored columns.
    claims = await ds.client.get(f"/{name}/claims.json?claim_type=prediction&_shape=array&_size=max")
    predictions = claims.json() if claims.status_code == 200 else []
    stored = (await db.execute("SELECT count(*) FROM claims WHERE claim_type_code = 0")).first()[0]
    checks.append(("claims filter on a generated column",
                   claims.status_code == 200 and len(predictions) == stored > 0
                   and all(r["claim_type"] == "prediction" for r in predictions), f"{claims.status_code} {len(predictions)} vs {stored}"))
    facets = await ds.client.get(f"/{name}/relations.json?_facet=predicate&_size=0")
    results = facets.json().get("facet_results", {}) if facets.status_code == 200 else {}
    results = results.get("results", results)  # Datasette 1.0 nests the facets one level deeper
    values = {f["value"] for f in results.get("predicate", {}).get("results", [])}
    checks.append(("relations facet on predicate", "cooperates_with" in values, sorted(values)))

    failed = 0
    for label, ok, detail in checks:
        print(("ok   " if ok else "FAIL ") + label + ("" if ok else f" ({detail})"))
        failed += 0 if ok else 1
    print(f"{len(checks) - failed} passed, {failed} failed")
    return failed


if __name__ == "__main__":
    sys.exit(1 if asyncio.run(main(sys.argv[1])) else 0)
