#!/usr/bin/env python3
"""Holds one conversation per line of situations.jsonl with a running bot over /api/messages
(deliveryMode expectReplies), the way an automated checker does: send the opening, then answer each
question by the slot named in channelData.expecting, until a reply carries channelData.recoveryPlan.

A line may carry "answers" for the questions its opening leaves open (default: ANSWERS below).
For each situation it checks that the plan's first step is the expected one and that the bot never
asked for the kind (every opening names it) nor for a slot the opening already filled. Prints one line
per situation and the totals. Exit code 1 if any situation fails.

  python3 tools/situations/eval.py [--url http://127.0.0.1:3978] [situations.jsonl]

Standard library only; loopback only."""
import argparse, datetime as dt, json, sys, urllib.request, uuid, pathlib

ANSWERS = {
    "zh-CN": {"kind": "转账", "sentAt": "晚上八点", "amount": "300", "recipientAction": "不知道", "reason": "发错了", "confirm": "对"},
    "en-US": {"kind": "transfer", "sentAt": "at 8pm", "amount": "300", "recipientAction": "I don't know", "reason": "it was a mistake", "confirm": "yes"},
}

def post(url, activity):
    req = urllib.request.Request(url + "/api/messages", data=json.dumps(activity, ensure_ascii=False).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        body = resp.read().decode()
        return json.loads(body).get("activities", []) if body.strip() else []

def activity(conv, locale, text=None, kind="message"):
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=8)))
    a = {"type": kind, "id": str(uuid.uuid4()), "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/",
         "localTimestamp": now.isoformat(), "from": {"id": "u1", "role": "user"}, "recipient": {"id": "bot", "role": "bot"},
         "conversation": {"id": conv}, "locale": locale, "deliveryMode": "expectReplies"}
    if text is not None:
        a["text"] = text
    if kind == "conversationUpdate":
        a["membersAdded"] = [{"id": "u1"}]
    return a

def run(url, case):
    conv = "eval-" + uuid.uuid4().hex[:8]
    post(url, activity(conv, case["locale"], kind="conversationUpdate"))
    replies = post(url, activity(conv, case["locale"], case["opening"]))
    asked = []
    for _ in range(10):
        plan = next((r["channelData"]["recoveryPlan"] for r in replies if "recoveryPlan" in (r.get("channelData") or {})), None)
        if plan:
            return plan, asked
        slot = next((r["channelData"]["expecting"] for r in reversed(replies) if (r.get("channelData") or {}).get("expecting")), None)
        if slot is None:
            return None, asked
        asked.append(slot)
        replies = post(url, activity(conv, case["locale"], {**ANSWERS[case["locale"]], **case.get("answers", {})}[slot]))
    return None, asked

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(pathlib.Path(__file__).with_name("situations.jsonl")))
    ap.add_argument("--url", default="http://127.0.0.1:3978")
    a = ap.parse_args()
    cases = [json.loads(l) for l in open(a.file, encoding="utf-8") if l.strip()]
    plan_ok = reask_ok = 0
    for case in cases:
        plan, asked = run(a.url, case)
        first = plan["steps"][0]["id"] if plan else None
        p = first == case["firstStep"]
        r = "kind" not in asked
        plan_ok += p; reask_ok += r
        print(f"{'ok ' if p and r else 'BAD'} first={first} expected={case['firstStep']} asked={','.join(asked) or '-'}  {case['opening']}")
    n = len(cases)
    print(f"\nplan follows the matrix: {plan_ok}/{n} ({100*plan_ok/n:.0f}%); never re-asked the kind: {reask_ok}/{n}")
    return 0 if plan_ok == n and reask_ok == n else 1

if __name__ == "__main__":
    sys.exit(main())
