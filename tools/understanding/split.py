#!/usr/bin/env python3
"""Splits labeled utterances into a tuning part and a set-aside part by a fixed rule on the id.

  split.py holdout ../shared/understanding/utterances.dev.jsonl > /tmp/holdout.jsonl
  split.py tune    ../shared/understanding/utterances.dev.jsonl > /tmp/tune.jsonl

The rule: the first 30 % of sha256(id) mod 10 (digits 0-2) is set aside. It was fixed before any change was
tuned, and nothing is tuned on the set-aside part: its figure is the one that says whether a change generalizes."""
import hashlib
import json
import sys

HELD_OUT_BUCKETS = 3  # of 10


def is_held_out(utterance_id: str) -> bool:
    return int(hashlib.sha256(utterance_id.encode("utf-8")).hexdigest(), 16) % 10 < HELD_OUT_BUCKETS


def main() -> None:
    if len(sys.argv) < 3 or sys.argv[1] not in ("holdout", "tune"):
        sys.exit(__doc__)
    want_held_out = sys.argv[1] == "holdout"
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and is_held_out(json.loads(line)["id"]) == want_held_out:
                    sys.stdout.write(line if line.endswith("\n") else line + "\n")


if __name__ == "__main__":
    main()
