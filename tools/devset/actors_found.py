#!/usr/bin/env python3
"""How many of the dev set's labelled main actors argkb finds (issue 15).

Usage: actors_found.py DB MANIFEST [--show]

For each manifest entry, the source whose path ends in /<id>.txt, and its labelled `actors`
(canonical names): an actor counts as found when the source has a mention of it. Prints the
missing ones and the total. Standard library only; reads the database read-only.
"""
import json
import sqlite3
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    db = sqlite3.connect(f"file:{argv[1]}?mode=ro", uri=True)
    manifest = json.load(open(argv[2], encoding="utf-8"))
    found = total = 0
    for entry in manifest:
        rows = db.execute("SELECT id FROM sources WHERE path LIKE ?", (f"%/{entry['id']}.txt",)).fetchall()
        named = set()
        if rows:
            named = {name for (name,) in db.execute(
                "SELECT DISTINCT a.name FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id WHERE m.source_id = ?",
                (rows[0][0],))}
        for actor in entry["actors"]:
            total += 1
            if actor in named:
                found += 1
            else:
                print(f"{entry['id']}: {actor} not found")
    print(f"labelled main actors found: {found}/{total} ({found / total:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
