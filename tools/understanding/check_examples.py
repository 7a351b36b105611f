#!/usr/bin/env python3
"""Checks a labeled-utterance file (CONTRACT.md format): JSON per line, unique ids, fields, enum values.
  python3 tools/understanding/check_examples.py tools/understanding/examples.jsonl"""
import json, sys, collections
KINDS={"redPacket","groupRedPacket","faceToFaceRedPacket","transfer","qrPersonal","merchant","bankCard"}
ACTS={"notAccepted","accepted","returned","blocked","unknown"}; ACTS_LIST=ACTS|{"expired"}
REAS={"mistake","fraud","merchantDispute"}
EXP={"kind","sentAt","amount","recipientAction","reason","confirm"}
ids=set(); bad=0; cnt=collections.Counter()
def ok_enum(v, allowed, allowed_list):
    if isinstance(v,list): return len(v)>=2 and all(x is None or x in allowed_list for x in v)
    return v in allowed
for i,l in enumerate(open(sys.argv[1],encoding='utf-8'),1):
    try: o=json.loads(l)
    except Exception as e: print(i,"json",e); bad+=1; continue
    errs=[]
    if set(o)!={"id","lang","context","expecting","text","slots","phenomena"}: errs.append("fields")
    if o["id"] in ids: errs.append("dup id")
    ids.add(o["id"])
    if o["lang"] not in ("zh","en") or not o["id"].startswith(f"x-{o['lang']}-"): errs.append("lang/id")
    if o["context"]=="opening" and o["expecting"] is not None: errs.append("expecting on opening")
    if o["context"]=="answer" and o["expecting"] not in EXP: errs.append("expecting")
    if o["context"] not in ("opening","answer"): errs.append("context")
    s=o["slots"]
    for k,v in s.items():
        if k=="kind" and not ok_enum(v,KINDS,KINDS): errs.append(f"kind {v}")
        elif k=="recipientAction" and not ok_enum(v,ACTS,ACTS_LIST): errs.append(f"ra {v}")
        elif k=="reason" and not ok_enum(v,REAS,REAS): errs.append(f"reason {v}")
        elif k=="amount" and not (isinstance(v,(int,float)) and not isinstance(v,bool) and v>0 or isinstance(v,dict) and set(v)=={"value","currency"} and len(v["currency"])==3):
            errs.append(f"amount {v}")
        elif k=="confirm" and not isinstance(v,bool): errs.append("confirm")
        elif k not in ("kind","recipientAction","reason","amount","confirm","sentAt"): errs.append(f"slot {k}")
    if "confirm" in s and o["expecting"]!="confirm": errs.append("confirm outside confirm")
    if o["expecting"]=="confirm" and s and "confirm" not in s: errs.append("confirm missing")
    if not isinstance(o["phenomena"],list) or not o["text"].strip(): errs.append("phen/text")
    if errs: print(o["id"],errs); bad+=1
    cnt[(o["lang"],o["context"],o["expecting"])]+=1
for k in sorted(cnt,key=str): print(k,cnt[k])
print("lines",len(ids),"bad",bad)
sys.exit(1 if bad else 0)
