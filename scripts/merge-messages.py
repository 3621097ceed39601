import json, subprocess, sys
# Resolve a messages/<locale>.json merge conflict by taking the union of top-level namespaces
# (ours first; theirs for namespaces we do not have; for shared ones, deep-merge ours over theirs).
path = sys.argv[1]
ours = json.loads(subprocess.check_output(["git", "show", f":2:{path}"]))
theirs = json.loads(subprocess.check_output(["git", "show", f":3:{path}"]))
def merge(a, b):
    out = dict(b)
    for k, v in a.items():
        out[k] = merge(v, b[k]) if isinstance(v, dict) and isinstance(b.get(k), dict) else v
    return out
merged = merge(ours, theirs)
open(path, "w").write(json.dumps(merged, ensure_ascii=False, indent=2) + "\n")
print(sorted(merged.keys()))
