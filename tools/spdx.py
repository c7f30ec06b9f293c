#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds SPDX licence and copyright lines to every source file in a git tree that lacks them.
Usage: tools/spdx.py .   (from the repository root; run it before committing new files)"""
import subprocess, sys, pathlib
root = pathlib.Path(sys.argv[1])
LIC = "SPDX-License-Identifier: GPL-3.0-or-later"
CPY = "SPDX-FileCopyrightText: 2026 ServiceHall contributors"
slash = {".cpp", ".h", ".qml", ".js"}
hashc = {".cmake", ".py", ".sh"}
files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True).stdout.split()
n = 0
for f in files:
    p = root / f
    name, suf = p.name, p.suffix
    if name == "CMakeLists.txt" or name == "debian-packages.txt" or suf in hashc or f == "hall":
        style = "#"
    elif suf in slash:
        style = "//"
    elif suf == ".css":
        style = "/*"
    elif suf == ".html":
        style = "<!--"
    else:
        continue
    text = p.read_text(encoding="utf-8")
    if "SPDX-License-Identifier" in text[:400]:
        continue
    if style == "#":
        head = f"# {CPY}\n# {LIC}\n"
    elif style == "//":
        head = f"// {CPY}\n// {LIC}\n"
    elif style == "/*":
        head = f"/* {CPY}\n   {LIC} */\n"
    else:
        head = f"<!-- {CPY}\n     {LIC} -->\n"
    lines = text.splitlines(keepends=True)
    at = 0
    if lines and (lines[0].startswith("#!") or lines[0].lower().startswith("<!doctype")):
        at = 1
    lines.insert(at, head)
    p.write_text("".join(lines), encoding="utf-8")
    n += 1
print(f"{n} files given SPDX lines")
