#!/usr/bin/env python3
"""Derives the shipped history samples from the NAB ELB trace (MIT licence, see samples/README.md).

Input: a per-minute request trace `timestamp,requests_per_minute` (nab_elb_request_count_8c0756.csv from the
project's shared traces). Output, deterministic:
  concurrent-executions.json  CloudWatch get-metric-data JSON of ConcurrentExecutions, Maximum per 5 minutes, newest first,
                        in two pages one after the other (as a paginating loop appends them).
  invocations.csv   Invocations per 5 minutes (Sum), oldest first.
Requests are scaled by SCALE (a larger service with the same shape) and turned into concurrency by Little's law with
a 1 s mean duration: concurrency = requests per second x 1 s. A 5-minute bucket with no minute in the trace has no
datapoint, as in CloudWatch.
Usage: python3 derive-samples.py path/to/nab_elb_request_count_8c0756.csv
"""
import csv, json, math, sys
from datetime import datetime, timezone

SCALE = 30.0
MEAN_DURATION_S = 1.0

rows = []
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        t = datetime.strptime(r["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        rows.append((t, float(r["requests_per_minute"]) * SCALE))

buckets = {}
for t, rpm in rows:
    key = int(t.timestamp()) // 300 * 300
    peak, total = buckets.get(key, (0.0, 0.0))
    buckets[key] = (max(peak, rpm / 60.0 * MEAN_DURATION_S), total + rpm)

keys = sorted(buckets)
def iso(k, suffix):
    return datetime.fromtimestamp(k, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + suffix

newest_first = list(reversed(keys))
half = len(newest_first) // 2
pages = [newest_first[:half], newest_first[half:]]
with open("concurrent-executions.json", "w", newline="\n") as out:
    for i, page in enumerate(pages):
        doc = {
            "MetricDataResults": [{
                "Id": "concurrency",
                "Label": "ConcurrentExecutions",
                "Timestamps": [iso(k, "+00:00") for k in page],
                "Values": [float(math.ceil(buckets[k][0])) for k in page],
                "StatusCode": "Complete" if i == len(pages) - 1 else "PartialData",
            }],
            "Messages": [],
        }
        if i < len(pages) - 1:
            doc["NextToken"] = "page-2"
        out.write(json.dumps(doc, indent=4) + "\n")

with open("invocations.csv", "w", newline="\n") as out:
    out.write("timestamp,invocations\n")
    for k in keys:
        out.write(f"{iso(k, 'Z')},{round(buckets[k][1], 1)}\n")
