#!/usr/bin/env python3
"""Write data/lexicon/derivations.tsv: the close derivations of English verbs, from WordNet 3.0.

A proposition's terms match their inflections through the Snowball stemmer ("invade" finds
"invaded"); this table adds the close derivations the stemmer cannot see, the nouns that name a
verb's act ("invade" / "invasion", "ally" / "alliance", "admit" / "admission"), so a term finds
them and they find it. The pairs are WordNet's "derivationally related form" links between a verb
and a noun, kept when all of these hold:

- both are single lower-case words of letters;
- the noun ends in a suffix that names an act (-ion, -ance, -ence, -ancy, -ency, -ment, -al,
  -ure): agent nouns (-er, -or, -ant) name a person, not the matter;
- the two share their first three letters (WordNet also links "buy" and "purchase");
- from the verb to the noun: the link starts from one of the verb's two most frequent senses, and
  the word is mostly a verb (no more noun senses than verb senses) or its first noun sense is
  that verb sense's own (WordNet links "ally", a friendly nation, to "ally", to unite): "state" is
  mostly a noun, and a nation's, so a term "state" does not find "statement";
- from the noun to the verb: the link starts from the noun's most frequent sense and reaches one
  of the verb's two most frequent senses ("recession" is first the economy's, and its link to
  "recede" is from another sense, so a term "recession" does not find "receded").

Input: Debian's `wordnet-base` (WordNet 3.0, Princeton University, WordNet 3.0 licence), files
/usr/share/wordnet/data.{noun,verb} and index.{noun,verb}. Run from the repository root:

    python3 tools/wordfamilies/generate_derivations.py > data/lexicon/derivations.tsv

The output is sorted and deterministic.
"""

import re
import sys

WORDNET = "/usr/share/wordnet"
ACT_SUFFIXES = ("ion", "ance", "ence", "ancy", "ency", "ment", "al", "ure")
WORD = re.compile(r"[a-z]+")


def read_synsets(pos):
    """Offset -> (words, derivation links [(source word number, target offset, target pos, target word number)])."""
    synsets = {}
    with open(f"{WORDNET}/data.{pos}", encoding="utf-8") as data:
        for line in data:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split("|")[0].split()
            offset = fields[0]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            index = 4 + 2 * count
            pointers = int(fields[index])
            index += 1
            links = []
            for _ in range(pointers):
                symbol, target, target_pos, numbers = fields[index:index + 4]
                index += 4
                if symbol == "+":
                    links.append((int(numbers[:2], 16), target, target_pos, int(numbers[2:], 16)))
            synsets[offset] = (words, links)
    return synsets


def read_senses(pos):
    """(lemma, synset offset) -> sense rank (1 = most frequent), and lemma -> number of senses."""
    ranks, counts = {}, {}
    with open(f"{WORDNET}/index.{pos}", encoding="utf-8") as index:
        for line in index:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, senses, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[4 + pointer_count + 2:]
            counts[lemma] = senses
            for rank, offset in enumerate(offsets, start=1):
                ranks[(lemma, offset)] = rank
    return ranks, counts


def common_prefix(a, b):
    length = 0
    for x, y in zip(a, b):
        if x != y:
            break
        length += 1
    return length


def main():
    verbs = read_synsets("verb")
    nouns = read_synsets("noun")
    verb_ranks, verb_senses = read_senses("verb")
    noun_ranks, noun_senses = read_senses("noun")

    # Verb senses that the same word's first noun sense derives from or to ("an ally" / "to ally").
    own_noun_sense = set()
    for noun_offset, (noun_words, links) in nouns.items():
        for source_number, target, target_pos, target_number in links:
            word = noun_words[source_number - 1].lower()
            if target_pos == "v" and target in verbs and noun_ranks.get((word, noun_offset)) == 1 \
                    and verbs[target][0][target_number - 1].lower() == word:
                own_noun_sense.add((word, target))

    rows = set()
    for verb_offset, (verb_words, links) in verbs.items():
        for source_number, target, target_pos, target_number in links:
            if target_pos != "n" or target not in nouns:
                continue
            verb = verb_words[source_number - 1].lower()
            noun = nouns[target][0][target_number - 1].lower()
            if not (WORD.fullmatch(verb) and WORD.fullmatch(noun)) or verb == noun:
                continue
            if not noun.endswith(ACT_SUFFIXES) or common_prefix(verb, noun) < 3:
                continue
            verb_rank = verb_ranks.get((verb, verb_offset), 99)
            noun_rank = noun_ranks.get((noun, target), 99)
            mostly_verb = noun_senses.get(verb, 0) <= verb_senses.get(verb, 0)
            if verb_rank <= 2 and (mostly_verb or (verb, verb_offset) in own_noun_sense):
                rows.add((verb, noun))
            if noun_rank == 1 and verb_rank <= 2:
                rows.add((noun, verb))

    out = sys.stdout
    out.write("# Close derivations: a proposition term `word` also finds `also` and its inflections (and the\n")
    out.write("# ask command's matter words likewise). Generated by tools/wordfamilies/generate_derivations.py\n")
    out.write("# from WordNet 3.0 (Princeton University; Debian wordnet-base): verbs and the nouns that name\n")
    out.write("# their act, each way where the senses agree (see the script). Do not edit: re-run the script.\n")
    out.write("word\talso\n")
    for word, also in sorted(rows):
        out.write(f"{word}\t{also}\n")
    print(f"{len(rows)} derivations", file=sys.stderr)


if __name__ == "__main__":
    main()
