#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation check fails on each fault it names, and only then: a one-page QML part with its
.ts, checked complete, then with a new source string, a string the sources dropped and an English
text without the source's %1.

usage: test_checkts.py LUPDATE CMAKE GENERATOR (GenerateLUpdateProject.cmake)
"""
import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "checkts.py")

QML = """import QtQuick
Item {{
{texts}
}}
"""

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Page</name>
{messages}
</context>
</TS>
"""


def write_part(folder, sources, english):
    """Page.qml with the given source strings and page_en.ts with the given English."""
    texts = "\n".join(f'    property string t{i}: qsTr("{s}")' for i, s in enumerate(sources))
    with open(os.path.join(folder, "Page.qml"), "w", encoding="utf-8") as f:
        f.write(QML.format(texts=texts))
    messages = "\n".join(f"    <message>\n        <source>{s}</source>\n        <translation>{e}</translation>\n"
                         "    </message>" for s, e in english.items())
    with open(os.path.join(folder, "page_en.ts"), "w", encoding="utf-8") as f:
        f.write(TS.format(messages=messages))


def check(folder, lupdate, cmake, generator):
    project = os.path.join(folder, "project.cmake")
    with open(project, "w", encoding="utf-8") as f:
        f.write(f'set(lupdate_project_file "{folder}/CMakeLists.txt")\nset(lupdate_include_paths "")\n'
                f'set(lupdate_sources "{folder}/Page.qml")\nset(lupdate_translations "{folder}/page_en.ts")\n')
    run = subprocess.run([sys.executable, CHECK, "--ts", os.path.join(folder, "page_en.ts"), "--lupdate", lupdate,
                          "--cmake", cmake, "--generator", generator, "--project", project,
                          "--option=-no-obsolete", "--option=-locations", "--option=none"],
                         capture_output=True, text=True)
    return run.returncode, run.stdout


def main():
    lupdate, cmake, generator = sys.argv[1:4]
    complete = {"取号": "Take a ticket", "前面还有 %1 人": "%1 ahead of you"}
    cases = [
        ("complete", list(complete), complete, 0, "each with its English"),
        ("a new source string", list(complete) + ["返回"], complete, 1, "[Page] '返回'"),
        ("a dropped source string", ["取号"], complete, 1, "no longer in the sources"),
        ("an English text without %1", list(complete), {"取号": "Take a ticket", "前面还有 %1 人": "ahead of you"},
         1, "do not carry the arguments"),
    ]
    failures = 0
    for name, sources, english, want_code, want_text in cases:
        with tempfile.TemporaryDirectory() as folder:
            write_part(folder, sources, english)
            code, out = check(folder, lupdate, cmake, generator)
        ok = code == want_code and want_text in out
        print(f"{'ok  ' if ok else 'FAIL'} {name}: exit {code} (want {want_code})")
        if not ok:
            print(out)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
