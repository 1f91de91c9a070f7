#!/usr/bin/env python3
"""Deterministic benchmark corpus for argkb.

Scales the seed articles in data/sources up to N articles by recombining their real paragraphs:
each generated article takes a title line, a date line and 6-14 body paragraphs drawn from the
seeds, with actor names swapped among comparable actors (states for states, leaders for leaders,
regions for regions) so the text stays realistic English while mentions, claims and relations vary.
The same --seed and --count always give the same files. Output goes to a folder outside git.

    python3 bench/generate_corpus.py --count 1000 --out /tmp/argkb-bench/1k
"""
import argparse
import os
import random
import re
import sys

SWAPS = [
    ["Russia", "China", "India", "Japan", "Iran", "Turkey", "Vietnam", "Pakistan", "Kazakhstan", "Ukraine"],
    ["Moscow", "Beijing", "New Delhi", "Tokyo", "Tehran", "Ankara", "Hanoi", "Islamabad", "Astana", "Kyiv"],
    ["Russian", "Chinese", "Indian", "Japanese", "Iranian", "Turkish", "Vietnamese", "Pakistani"],
    ["Putin", "Xi Jinping", "Modi", "Erdogan", "Biden", "Trump"],
    ["Central Asia", "the Arctic", "the South China Sea", "the Russian Far East", "Southeast Asia", "the Caucasus"],
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def seed_paragraphs(folder):
    paragraphs = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".txt", ".md")):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            for block in re.split(r"\n\s*\n", handle.read()):
                block = " ".join(block.split())
                # Body paragraphs only: long enough to be prose, not chrome or headings.
                if len(block) > 120 and block.count(" ") > 20:
                    paragraphs.append(block)
    return paragraphs


def swap_actors(text, rng):
    for group in SWAPS:
        if rng.random() < 0.5:
            continue
        a, b = rng.sample(group, 2)
        pattern = re.compile(r"\b(%s|%s)\b" % (re.escape(a), re.escape(b)))
        text = pattern.sub(lambda m: b if m.group(1) == a else a, text)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--sources", default=os.path.join(os.path.dirname(__file__), "..", "data", "sources"))
    args = parser.parse_args()

    paragraphs = seed_paragraphs(args.sources)
    if not paragraphs:
        sys.exit("no seed paragraphs in " + args.sources)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    per_folder = 1000
    for index in range(args.count):
        body = [swap_actors(p, rng) for p in rng.sample(paragraphs, rng.randint(6, min(14, len(paragraphs))))]
        first_words = " ".join(body[0].split()[:rng.randint(5, 9)]).rstrip(",.;:")
        title = first_words[0].upper() + first_words[1:]
        date = "%s %d, %d" % (MONTHS[rng.randrange(12)], rng.randint(1, 28), rng.randint(2015, 2025))
        folder = os.path.join(args.out, "%03d" % (index // per_folder))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "article-%06d.txt" % index), "w", encoding="utf-8") as handle:
            handle.write(title + "\n\n" + date + "\n\n" + "\n\n".join(body) + "\n")
    print("wrote %d articles to %s" % (args.count, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
