"""Parses the example payloads of OpenAPI documents with generated dtos.py files, through the
servicestack package's from_json()/to_json() (what its JsonServiceClient does with a response),
and writes back the JSON each gives.

Usage: python examples.py cases.json result.json
cases: [{"module": ".../dtos.py", "type": "GetStationsResponse", "json": "{...}"}, ...]
result: [{"json": "{...}"} or {"error": "..."}, ...], in the order of the cases.
"""

import importlib.util
import json
import sys
import traceback

from servicestack import from_json, to_json

modules = {}


def load_module(path):
    if path not in modules:
        name = f"dtos_{len(modules)}"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # forward references resolve through the module's globals
        spec.loader.exec_module(module)
        modules[path] = module
    return modules[path]


def main(cases_path, result_path):
    with open(cases_path) as f:
        cases = json.load(f)
    results = []
    for case in cases:
        try:
            cls = getattr(load_module(case["module"]), case["type"])
            results.append({"json": to_json(from_json(cls, case["json"]))})
        except Exception:
            results.append({"error": traceback.format_exc(limit=3)})
    with open(result_path, "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
