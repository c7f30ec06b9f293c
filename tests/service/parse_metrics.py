#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Prometheus text exposition on stdin with the Prometheus Python client's parser (Debian's
python3-prometheus-client) and prints its samples as JSON: [{"name", "labels", "value"}, ...].
Exits 1 with the reason when the parser refuses the text or the text breaks a rule Prometheus tools
check: a counter's samples end in _total, every family has HELP and TYPE, histogram buckets rise
and end at +Inf with the count."""
import json
import sys

from prometheus_client.parser import text_string_to_metric_families

text = sys.stdin.read()
problems = []
try:
    families = list(text_string_to_metric_families(text))
except Exception as e:  # the parser's refusal is the finding
    print(f"parser refused the text: {e}")
    sys.exit(1)

declared = {}
for line in text.splitlines():
    if line.startswith("# TYPE "):
        _, _, name, kind = line.split(" ", 3)
        declared[name] = kind
        if kind == "counter" and not name.endswith("_total"):
            problems.append(f"counter {name} does not end in _total")
helped = {line.split(" ")[2] for line in text.splitlines() if line.startswith("# HELP ")}
for name in declared:
    if name not in helped:
        problems.append(f"{name} has no HELP")

samples = []
for f in families:
    buckets = {}
    for s in f.samples:
        samples.append({"name": s.name, "labels": s.labels, "value": s.value})
        if f.type == "histogram" and s.name.endswith("_bucket"):
            key = tuple(sorted((k, v) for k, v in s.labels.items() if k != "le"))
            buckets.setdefault(key, []).append((s.labels["le"], s.value))
    for key, series in buckets.items():
        values = [v for _, v in series]
        if values != sorted(values) or series[-1][0] != "+Inf":
            problems.append(f"{f.name}{dict(key)}: buckets do not rise to +Inf")
        count = [s.value for s in f.samples if s.name == f.name + "_count" and
                 tuple(sorted(s.labels.items())) == key]
        if count and count[0] != values[-1]:
            problems.append(f"{f.name}{dict(key)}: +Inf bucket {values[-1]} is not the count {count[0]}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(json.dumps(samples))
