#!/usr/bin/env python3
"""Counts the imported PETRARCH phrase patterns the phrase-sense review covered and changed (issue 15).

Usage: scripts/phrase-senses-count.py [CODED.json]
Reviewed: imported patterns with conditions whose conditions are only prepositions or particles ("for=*",
"any=to"), or whose words are all generic ("office", "back", &military, ...). Changed: the lines of the block
"Imported phrase patterns" of senses.txt: `drop` lines and the imported patterns they remove, `---` and
restoring lines and the imported patterns they override for their lemma (same single condition role, the
imported words a subset). With CODED.json (`dateline code ... --format json`) it also counts the events by the
rule family that coded them (file, trigger and conditions of the rule).
"""
import collections
import json
import sys

EVENT = "core/src/main/resources/dateline/event/"
PREPS = set("to for from with after in on at by of into out off up down back over about against through away "
            "under across around toward towards upon as behind between within without".split())
GENERIC = PREPS | set("""&weapon &military &aircraft &town &people &security &solution &information &currency &treaty
    &refugee &fight &opposition &detention &car &stronghold &suspect office area price home land hours place world
    ways way police forces government members troops soldiers party right control power operation operations center
    centre hand step part head issue issues problem end lead move response situation success work interests
    influence and or if since outside inside together ahead forth little deep free house houses road bridge border
    base bases positions position role court minister leader fighters fighter militant militants officers staff post
    station terminal building buildings palace tower wall port water oil goods lives name names man woman baby
    event opportunity opportunities plans plan project effort efforts attempt measures measure support help
    backing""".split())


def fields(line):
    return line.split("#")[0].split()


def imported():
    patterns, members = [], {}
    for line in open(EVENT + "petrarch2-verbs.txt", encoding="utf-8"):
        f = fields(line)
        if not f or f[0] == "set":
            continue
        if f[0] == "verbs":
            members[f[1]] = set(f[2:])
        elif len(f) > 2:
            patterns.append((f[0], f[1].split("/")[0], tuple(f[2:])))
    return patterns, members


def word(cond):
    return cond.partition("=")[2].rstrip("!TS")


def particle_only(conds):
    def one(c):
        role, w = c.partition("=")[0], word(c)
        return (role not in ("any", "subj", "obj", "comp", "mod") and w == "*") or (role in ("any", "mod") and w in PREPS)
    return all(one(c) for c in conds)


def generic(conds):
    ws = [word(c) for c in conds]
    return all(w in GENERIC or w == "*" for w in ws) and not all(w == "*" for w in ws)


def main():
    patterns, members = imported()
    particle = [p for p in patterns if particle_only(p[2])]
    gen = [p for p in patterns if generic(p[2])]
    both = {p for p in patterns if particle_only(p[2]) or generic(p[2])}
    print(f"imported patterns with conditions: {len(patterns)}; particle-only {len(particle)}, generic words {len(gen)}, "
          f"reviewed (either) {len(both)}")
    block = open(EVENT + "senses.txt", encoding="utf-8").read().split("=== Imported phrase patterns")[1]
    lines = [fields(l) for l in block.split("\n") if fields(l)]
    dropped, overridden = set(), set()
    for f in lines:
        if f[0] == "drop":
            dropped |= {i for i, p in enumerate(patterns) if p == (f[1], f[2].split("/")[0], tuple(f[3:]))}
            continue
        trig, conds = f[1].split("/")[0], tuple(f[2:])
        for i, (code, t, pc) in enumerate(patterns):
            if trig.startswith("@"):
                if t == trig and pc == conds:
                    overridden.add(i)
                continue
            lemmas = set(trig.split("|"))
            if not (t in lemmas or (t.startswith("@") and lemmas & members.get(t[1:], set()))):
                continue
            if pc == conds or (len(conds) == 1 and len(pc) == 1 and conds[0].partition("=")[0] == pc[0].partition("=")[0]
                               and set(word(pc[0]).split("|")) <= set(word(conds[0]).split("|"))):
                overridden.add(i)
    kinds = collections.Counter("drop" if f[0] == "drop" else "---" if f[0] == "---" else "restore" for f in lines)
    print(f"senses.txt phrase lines: {len(lines)} ({kinds['drop']} drop, {kinds['---']} ---, {kinds['restore']} restoring "
          f"or re-coding); imported patterns dropped {len(dropped)}, overridden for a lemma {len(overridden - dropped)}")
    if len(sys.argv) > 1:
        count_families(sys.argv[1])


def count_families(path):
    rules = {f: open(EVENT + f, encoding="utf-8").read().split("\n")
             for f in ("petrarch2-verbs.txt", "codebook-verbs.txt", "senses.txt", "dateline.txt")}
    text, decoder, i, families = open(path, encoding="utf-8").read(), json.JSONDecoder(), 0, collections.Counter()
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            break
        doc, i = decoder.raw_decode(text, i)
        for e in doc["events"]:
            rule = e.get("rule") or "?"
            name, _, n = rule.partition(":")
            if name in rules and n.isdigit():
                f = fields(rules[name][int(n) - 1])
                rule = name.split(".")[0] + " " + " ".join(f[1:]) + ("" if len(f) > 2 else " (default)")
            families[rule] += 1
    for rule, n in families.most_common():
        print(f"{n:5d}  {rule}")


if __name__ == "__main__":
    main()
