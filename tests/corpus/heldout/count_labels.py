# Reads only the YAML files of this directory: checks that every `at` occurs often enough in `text`,
# and prints counts of texts, references by kind, negatives and kinds of source.
# Usage: python3 count_labels.py [-v]
import yaml, glob, sys, collections, re, os
tot=collections.Counter(); neg=0; kinds=collections.Counter(); texts=0; bad=0
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'*.yml'))):
    d=yaml.safe_load(open(f)); t=d['text']; texts+=1; kinds[d['kind']]+=1
    assert d['kind'] in "SC resolution, SC presidential statement, GA resolution, SG report, HRC resolution, HRC report, CHR resolution, ICJ, press release, commentary, treaty, other".split(', '), f
    seen=set()
    for r in d.get('references') or []:
        n=r.get('occurrence',1); c=t.count(r['at'])
        if c<n: print('MISSING',f,r); bad+=1
        if c>n and '-v' in sys.argv: print('  note: more occurrences',f,r['at'],c)
        key=(r['at'],n,r['target'])
        if key in seen: print('DUP',f,key); bad+=1
        seen.add(key)
        assert r['kind'] in ('symbol','article','chapter'),(f,r)
        tot[r['kind']]+=1
    for r in d.get('negatives') or []:
        n=r.get('occurrence',1)
        if t.count(r['at'])<n: print('MISSING NEG',f,r); bad+=1
        neg+=1
    if len(t)>4200: print('LONG',f,len(t))
print('texts',texts,'refs',dict(tot),sum(tot.values()),'neg',neg,'kinds',dict(kinds),'bad',bad)
