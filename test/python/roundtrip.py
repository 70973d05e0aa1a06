"""Imports generated dtos.py files and round-trips every request and response DTO through the
servicestack package's to_json()/from_json(), the functions its JsonServiceClient uses.

Usage: python roundtrip.py spec.json result.json
spec: {"modules": [{"path": ".../dtos.py", "requests": ["Hello", ...],
                    "keys": {"Hello": ["name", ...], ...}}]}
  requests: the request DTO class names; each one's response DTO comes from its IReturn[...] marker.
  keys: the wire names (camelCase) the JSON of a class must have when every field is set.
Writes {"checked": N, "failures": ["...", ...]} to result.json (stdout carries the library's own logging).
"""

import datetime
import decimal
import enum
import importlib.util
import json
import sys
import traceback
import typing
from dataclasses import fields, is_dataclass

import marshmallow.fields as mf
from servicestack import IReturn, from_json, to_json

MAX_DEPTH = 3
CURRENT_MODULE = None  # the module being checked, where quoted type arguments resolve
MARSHMALLOW_VALUES = {mf.Decimal: decimal.Decimal, mf.DateTime: datetime.datetime, mf.TimeDelta: datetime.timedelta}


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # forward references resolve through the module's globals
    spec.loader.exec_module(module)
    return module


def return_type(cls, module):
    """The T of the IReturn[T] among a request class's bases; None for IReturnVoid or none."""
    for klass in cls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            if typing.get_origin(base) is IReturn:
                (arg,) = typing.get_args(base)
                if isinstance(arg, typing.ForwardRef):
                    arg = eval(arg.__forward_arg__, vars(module))
                elif isinstance(arg, str):
                    arg = eval(arg, vars(module))
                return arg
    return None


def type_var_map(alias):
    """{T: Booking} for QueryResponse[Booking]."""
    origin = typing.get_origin(alias)
    params = getattr(origin, "__parameters__", ())
    return dict(zip(params, typing.get_args(alias)))


def sample(tp, depth, type_vars, name):
    """A value of type `tp`, never empty at the top levels (so that every key appears in the JSON)."""
    if isinstance(tp, typing.TypeVar):
        tp = type_vars.get(tp, tp)
    if isinstance(tp, typing.ForwardRef):
        # A quoted type argument (`QueryResponse["MessageQuery"]`) names a class of the module.
        tp = eval(tp.__forward_arg__, vars(sys.modules[CURRENT_MODULE]))
    if isinstance(tp, typing.TypeVar) or tp is typing.Any:
        # Untyped values (C# object, unbound parameters): the servicestack client cannot decode
        # them (its convert() calls the type on the value), so such fields stay unset, as they
        # must in any response it can read.
        raise Unbuildable()
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        inner = [a for a in args if a is not type(None)]
        return None if depth > MAX_DEPTH else sample(inner[0], depth, type_vars, name)
    if origin in (list, typing.List):
        return [] if depth > MAX_DEPTH else [sample(args[0] if args else str, depth + 1, type_vars, name)]
    if origin in (dict, typing.Dict):
        if depth > MAX_DEPTH:
            return {}
        key_type, value_type = args if args else (str, str)
        return {sample(key_type, depth + 1, type_vars, name): sample(value_type, depth + 1, type_vars, name)}
    if origin is not None and is_dataclass(origin):
        return build(origin, depth, {**type_vars, **type_var_map(tp)})
    if isinstance(tp, type) and issubclass(tp, mf.Field):
        # ServiceStack types some fields with marshmallow's field classes (`Decimal`).
        return sample(MARSHMALLOW_VALUES.get(tp, str), depth, type_vars, name)
    if tp is str:
        return f"text-{name}"
    if tp is bool:
        return True
    if tp is int:
        return 42
    if tp is float:
        return 1.5
    if tp is decimal.Decimal:
        return decimal.Decimal("2.5")
    if tp is datetime.datetime:
        return datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    if tp is datetime.timedelta:
        return datetime.timedelta(hours=1, minutes=2, seconds=3)
    if tp in (bytes, bytearray):
        return b"bytes"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return list(tp)[0]
    if isinstance(tp, type) and is_dataclass(tp):
        return build(tp, depth, type_vars)
    if isinstance(tp, type) and tp.__module__.startswith("dtos_"):
        raise Unbuildable()  # an interface: a plain class (as ServiceStack emits it), no dataclass
    raise TypeError(f"no sample for field {name}: {tp!r}")


class Unbuildable(Exception):
    pass


def build(cls, depth, type_vars):
    if depth > MAX_DEPTH:
        return cls()
    hints = typing.get_type_hints(cls)
    values = {}
    for f in fields(cls):
        if not f.init:
            continue
        try:
            values[f.name] = sample(hints[f.name], depth + 1, type_vars, f.name)
        except Unbuildable:
            pass  # left at its default (None), so its key is absent from the JSON
    return cls(**values)


SCALAR_RESPONSES = (str, bytes, int, float, bool)


def check(cls, response_of, module, expected_keys, failures):
    label = f"{module.__name__}.{getattr(cls, '__name__', cls)}{' (response of ' + response_of + ')' if response_of else ''}"
    if response_of and (cls in SCALAR_RESPONSES or cls is typing.Any):
        return  # a system type as the response (IReturn[str]): the client returns the body as it is
    try:
        origin = typing.get_origin(cls) or cls
        instance = sample(cls, 0, {}, "root") if typing.get_origin(cls) else build(cls, 0, {})
        text = to_json(instance)
        # A list response (IReturn[List[T]]) is a JSON array: only objects have keys to check.
        wanted = None if origin in (list, typing.List) else expected_keys.get(origin.__name__)
        if wanted is not None:
            keys = set(json.loads(text).keys())
            set_fields = sum(1 for f in fields(origin) if getattr(instance, f.name) is not None)
            if not keys <= set(wanted) or len(keys) != set_fields:
                failures.append(f"{label}: JSON keys {sorted(keys)} are not the {set_fields} set fields among {sorted(wanted)}")
                return
        back = from_json(cls, text)
        if back != instance:
            failures.append(f"{label}: round trip changed the value:\n  {instance!r}\n  {back!r}")
    except Exception:
        failures.append(f"{label}: {traceback.format_exc(limit=4)}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    failures = []
    checked = 0
    for index, entry in enumerate(spec["modules"]):
        global CURRENT_MODULE
        CURRENT_MODULE = f"dtos_{index}"
        try:
            module = load_module(entry["path"], CURRENT_MODULE)
        except Exception:
            failures.append(f"{entry['path']}: import failed: {traceback.format_exc(limit=4)}")
            continue
        for request_name in entry["requests"]:
            request = getattr(module, request_name, None)
            if request is None:
                failures.append(f"{entry['path']}: no class {request_name}")
                continue
            check(request, None, module, entry["keys"], failures)
            checked += 1
            response = return_type(request, module)
            if response is not None:
                check(response, request_name, module, entry["keys"], failures)
                checked += 1
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump({"checked": checked, "failures": failures}, f)


if __name__ == "__main__":
    main()
