#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks one translation (.ts) against the sources it translates, as the build's lupdate sees them.

The .ts files are the one source of every English string. This runs lupdate on a copy (never on the
file itself, so no test depends on anyone having run lupdate by hand) and fails when a string of the
sources has no English yet, when the .ts keeps a string the sources no longer have, or when an
English text drops or adds a %1-style argument. The message says how to fix it.

usage: checkts.py --ts FILE --lupdate LUPDATE --cmake CMAKE --generator GenerateLUpdateProject.cmake
                  --project BUILD/.lupdate/TARGET_project.cmake [--option LUPDATE_OPTION]...
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FIX = """How to fix it (docs/architecture.md, "How to add or change a UI string"):
  ./hall translations
refreshes every .ts from the sources (the English already there is kept, strings no longer used are
dropped) and runs this check again. Then type the English into each <translation> listed above in
{ts} (Qt Linguist: /usr/lib/qt6/bin/linguist {ts}), remove its type="unfinished", and commit the .ts."""

ARGUMENT = re.compile(r"%(?:L?\d+|n)")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def entries(path):
    """(context, source, comment) -> (English, type) for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            if translation is None:
                found[key] = ("", "unfinished")
                continue
            forms = translation.findall("numerusform")
            text = "\n".join(f.text or "" for f in forms) if forms else (translation.text or "")
            found[key] = (text, translation.get("type", ""))
    return found


def fresh_entries(args, workdir):
    """The .ts as lupdate makes it from today's sources, keeping what the committed file holds."""
    project = os.path.join(workdir, "project.json")
    subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}", "-P", args.generator],
                   check=True, capture_output=True)
    copy = os.path.join(workdir, os.path.basename(args.ts))
    shutil.copyfile(args.ts, copy)
    run = subprocess.run([args.lupdate, "-project", project, "-ts", copy] + args.option,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"lupdate failed on {args.ts}:\n{run.stdout}{run.stderr}")
    return entries(copy)


def describe(key):
    context, source, comment = key
    return f"  [{context}] {source!r}" + (f" ({comment})" if comment else "")


def main():
    parser = argparse.ArgumentParser()
    for name in ("--ts", "--lupdate", "--cmake", "--generator", "--project"):
        parser.add_argument(name, required=True)
    parser.add_argument("--option", action="append", default=[])
    args = parser.parse_args()

    ts = os.path.relpath(args.ts, ROOT)
    committed = entries(args.ts)
    with tempfile.TemporaryDirectory() as workdir:
        fresh = fresh_entries(args, workdir)

    untranslated = [k for k, (text, kind) in fresh.items() if kind == "unfinished" or not text]
    vanished = [k for k in committed if k not in fresh or committed[k][1] in ("obsolete", "vanished")]
    arguments = [k for k, (text, _) in fresh.items()
                 if text and sorted(set(ARGUMENT.findall(k[1]))) != sorted(set(ARGUMENT.findall(text)))]

    problems = []
    if untranslated:
        problems.append(f"{len(untranslated)} string(s) of the sources have no English in {ts}:")
        problems += [describe(k) for k in sorted(untranslated)]
    if vanished:
        problems.append(f"{len(vanished)} string(s) in {ts} are no longer in the sources:")
        problems += [describe(k) for k in sorted(vanished)]
    if arguments:
        problems.append(f"{len(arguments)} English text(s) in {ts} do not carry the arguments (%1 …) "
                        "of their Chinese source:")
        problems += [describe(k) + f" -> {fresh[k][0]!r}" for k in sorted(arguments)]
    if problems:
        print("\n".join(problems))
        print(FIX.format(ts=ts))
        return 1
    print(f"{ts}: {len(fresh)} strings, each with its English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
