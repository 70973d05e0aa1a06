# The fuzzer's Python oracle: one process for many files. Each input line is a JSON string (the
# source); each output line is JSON: the syntax error, or the names the module declares (classes
# and module-level assignments, at any depth) and every identifier that carries the fuzz marker.
import ast
import json
import sys

for line in sys.stdin:
    source = json.loads(line)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        print(json.dumps({"error": f"{type(e).__name__}: {e}"}), flush=True)
        continue
    declared, marked = [], []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.append(node.name)
            if isinstance(node, ast.ClassDef):
                declared.append(node.name)
        elif isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
        elif isinstance(node, ast.arg):
            names.append(node.arg)
        elif isinstance(node, ast.alias):
            names.append(node.name)
        elif isinstance(node, ast.keyword) and node.arg:
            names.append(node.arg)
        marked.extend(n for n in names if "pwned" in n.lower())
    for node in tree.body:
        if isinstance(node, ast.Assign):
            declared.extend(t.id for t in node.targets if isinstance(t, ast.Name))
    print(json.dumps({"declared": declared, "marked": marked}), flush=True)
