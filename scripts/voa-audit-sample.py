#!/usr/bin/env python3
"""Draws the random event sample for the VOA precision audit (issue 15).

Usage: scripts/voa-audit-sample.py CODED.json [N] [SEED]
CODED.json is the output of `dateline code ... --format json` (concatenated
JSON documents, one per story). Events are listed in file order (story order,
then event order within the story) and sampled with random.seed(SEED);
random.sample(events, N), printed in sample order as tab-separated lines.
"""
import json
import random
import sys


def documents(path):
    decoder = json.JSONDecoder()
    text = open(path, encoding="utf-8").read()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        doc, i = decoder.raw_decode(text, i)
        yield doc


def actor(a):
    if a is None:
        return "null"
    return f'{a["code"]} ("{a["mention"]["text"]}")'


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    events = []
    for doc in documents(path):
        story = doc["article"]["source"].rsplit("#", 1)[-1]
        for e in doc["events"]:
            events.append((story, e))
    print(f"# {len(events)} events in {path}; seed {seed}; sample {n}", file=sys.stderr)
    random.seed(seed)
    for k, (story, e) in enumerate(random.sample(events, n), 1):
        print("\t".join([str(k), story, e["code"], actor(e["source"]), actor(e["target"]),
                         e["trigger"]["text"], ",".join(e.get("flags") or []), e["rule"],
                         e["sentenceText"]["text"]]))


if __name__ == "__main__":
    main()
