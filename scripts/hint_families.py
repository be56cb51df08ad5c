#!/usr/bin/env python3
"""What each boilerplate hint costs and gains, per bench set.

Issue 20, item 3: a hint word must earn its place on every set. For every
block the rules dropped for a hint (reason `class_hint`), this finds the
hint that fired (the innermost `<nav>`, `<aside>`, `<footer>` or `<header>`
on the block's tag path, or the innermost class or id token holding one of
the crate's negative words or parts, read from `src/tuning.rs`: the
element the JSON names as `features.hint`) and counts
its words as a cost when they are in the page's truth and as a gain when
they are not. A hint family whose cost outweighs its gain on some set is a
candidate to narrow, not to drop: a set's truth conventions (CleanEval and
Dragnet keep readers' comments) make some costs theirs.

Input: the example binary's JSON with `--explain` (every block with its
features, label and reason) for each set, and the bench's truth:

    ../shared/bench/unpack /tmp/deboiler-bench
    for s in aeb wcxb-dev cleaneval dragnet l3s-gn1; do
      ./target/release/examples/extract --format json --explain --jobs 2 \\
        --out /tmp/blocks/$s /tmp/deboiler-bench/$s/html
    done
    python3 scripts/hint_families.py --blocks /tmp/blocks --bench /tmp/deboiler-bench

With `--leaks` it reads the other side: the words of kept blocks (labelled
content or comment) that are not in the truth (leak) and those that are,
per class token of the block's nearest element with a class (tokens of
three letters or more): a token that leaks on every set and keeps little
of any truth names a family of boilerplate no rule knows yet (`blq-foot`,
`recentcomments`, `id=sidebar` were found this way). Blocks labelled
comment count as kept only on the sets named by `--comments` (default:
dragnet, whose truth keeps them).

A block's words are in the truth in the share of its word trigrams found in
the truth's (for blocks under three words: the words as one phrase). A
`class_hint` can also come from a landmark above the nearest hint (a
`<nav>`, `<aside>`, `<footer>` or their roles); such a block is counted
under its nearest hint. Output older than `features.hint` is read from the
class path, and a hint above it shows as `(not on the path)`. Standard
library only.
"""

import argparse
import collections
import json
import os
import re
import sys

WORD = re.compile(r"\w+")
LANDMARKS = ("nav", "aside", "footer", "header")


def tuning_list(source, name):
    """The string literals of `const NAME: &[&str] = &[...]` in tuning.rs."""
    m = re.search(r"const " + name + r": &\[&str\] = &\[(.*?)\];", source, re.S)
    if not m:
        sys.exit(f"hint_families: {name} not found in src/tuning.rs")
    return [w.lower() for w in re.findall(r'"([^"]*)"', m.group(1))]


def word_of(tokens, substrings, parts):
    """The first negative word or part among class and id tokens."""
    for token in tokens:
        if not token:
            continue
        for w in substrings:
            if w in token:
                return w
        for p in re.split(r"[^a-z0-9]+", token):
            if p in parts:
                return p
    return None


def hint_of(features, substrings, parts):
    """The hint that dropped the block: read from the element the crate
    names (`features.hint`, `tag#id.class[role=…]`), or where that is
    missing (older output), guessed from the class path, innermost first."""
    name = features.get("hint", "").lower()
    if name:
        role = re.search(r"\[role=([^\]]*)\]", name)
        bare = re.sub(r"\[role=[^\]]*\]", "", name)
        tag = re.split(r"[#.]", bare, maxsplit=1)[0]
        tokens = re.findall(r"[#.]([^#.]+)", bare)
        word = word_of(tokens, substrings, parts)
        if word:
            return word
        if role:
            return "role=" + role.group(1)
        if tag in LANDMARKS:
            return "<" + tag + ">"
        return "(other: " + tag + ")"
    word = word_of(re.split(r"[\s/]+", features.get("class_id", "").lower()), substrings, parts)
    if word:
        return word
    for tag in reversed(features.get("tag_path", "").split(">")):
        if tag in LANDMARKS:
            return "<" + tag + ">"
    return "(not on the path)"


def in_truth(words, grams, joined):
    """How many of `words` are in the truth."""
    if len(words) < 3:
        return len(words) if " " + " ".join(words) + " " in joined else 0
    g = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    return len(words) * sum(1 for x in g if x in grams) / len(g)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blocks", required=True, help="folder of <set>/<id>.json")
    ap.add_argument("--bench", required=True, help="unpacked bench folder")
    ap.add_argument("--sets", default="aeb,wcxb-dev,cleaneval,l3s-gn1,dragnet")
    ap.add_argument("--top", type=int, default=25, help="hints shown")
    ap.add_argument(
        "--leaks", action="store_true", help="kept words outside the truth, per class token"
    )
    ap.add_argument(
        "--comments", default="dragnet", help="with --leaks: sets whose comments are kept"
    )
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    source = open(os.path.join(here, "..", "src", "tuning.rs"), encoding="utf-8").read()
    substrings = tuning_list(source, "NEGATIVE_SUBSTRINGS")
    parts = set(tuning_list(source, "NEGATIVE_PARTS"))
    sets = args.sets.split(",")
    with_comments = set(args.comments.split(","))
    cost = collections.defaultdict(collections.Counter)
    gain = collections.defaultdict(collections.Counter)
    for s in sets:
        folder = os.path.join(args.blocks, s)
        for name in sorted(os.listdir(folder)):
            truth_path = os.path.join(args.bench, s, "truth", name[:-5] + ".txt")
            if not name.endswith(".json") or not os.path.exists(truth_path):
                continue
            with open(truth_path, encoding="utf-8", errors="replace") as f:
                truth = WORD.findall(f.read().lower())
            grams = {tuple(truth[i : i + 3]) for i in range(len(truth) - 2)}
            joined = " " + " ".join(truth) + " "
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                doc = json.load(f)
            for b in doc.get("blocks", []):
                words = WORD.findall(b["text"].lower())
                if not words:
                    continue
                features = b.get("features", {})
                if args.leaks:
                    kept_labels = ("content", "comment") if s in with_comments else ("content",)
                    if b.get("label") not in kept_labels:
                        continue
                    nearest = features.get("class_id", "").split(" / ")[0].lower()
                    keys = {t for t in re.split(r"[^a-z]+", nearest) if len(t) >= 3}
                    kept = in_truth(words, grams, joined)
                    for key in keys:
                        cost[key][s] += len(words) - kept
                        gain[key][s] += kept
                    continue
                if b.get("reason") != "class_hint":
                    continue
                hint = hint_of(features, substrings, parts)
                kept = in_truth(words, grams, joined)
                cost[hint][s] += kept
                gain[hint][s] += len(words) - kept
    hints = sorted(cost.keys() | gain.keys(), key=lambda h: -sum(cost[h].values()))
    if args.leaks:
        print("kept words outside the truth (leak) / kept words in it, per class token and set")
    else:
        print("truth words a hint dropped (cost) / other words it dropped (gain), per set")
    print(f"{'class token' if args.leaks else 'hint':22s}" + "".join(f"{s[:10]:>17s}" for s in sets))
    for h in hints[: args.top]:
        cells = "".join(f"{cost[h][s]:>8.0f} /{gain[h][s]:>7.0f}" for s in sets)
        label = "  <- leaks more than it keeps on " if args.leaks else "  <- costs more than it gains on "
        flag = label + ",".join(
            s for s in sets if cost[h][s] > gain[h][s] and cost[h][s] >= 100
        )
        print(f"{h:22s}{cells}{flag if flag.endswith(tuple(sets)) else ''}")


if __name__ == "__main__":
    main()
