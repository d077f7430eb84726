"""Check and count the hand labels of this folder (reads only the YAML files here)."""
import collections, glob, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    texts = 0
    ref_kinds = collections.Counter()
    src_kinds = collections.Counter()
    negatives = 0
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, '*.yml'))):
        y = yaml.safe_load(open(path, encoding='utf-8'))
        texts += 1
        src_kinds[y['kind']] += 1
        t = y['text']
        for r in (y.get('references') or []):
            if t.count(r['at']) < r.get('occurrence', 1):
                print('missing reference', os.path.basename(path), r); bad += 1
            ref_kinds[r['kind']] += 1
        for r in (y.get('negatives') or []):
            if t.count(r['at']) < r.get('occurrence', 1):
                print('missing negative', os.path.basename(path), r); bad += 1
            negatives += 1
    print('texts:', texts)
    print('references:', sum(ref_kinds.values()), dict(sorted(ref_kinds.items())))
    print('negatives:', negatives)
    print('kinds of source:', len(src_kinds), dict(sorted(src_kinds.items())))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
