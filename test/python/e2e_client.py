"""Sends generated request DTOs with the real servicestack JsonServiceClient.

Usage: python e2e_client.py dtos.py base_url
Prints one JSON line per call: what came back and as what type.
"""

import datetime
import importlib.util
import json
import sys

from servicestack import JsonServiceClient


def load_module(path):
    spec = importlib.util.spec_from_file_location("dtos", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["dtos"] = module
    spec.loader.exec_module(module)
    return module


def describe(response, module):
    return {
        "type": type(response).__name__,
        "module": type(response).__module__,
        "is_response_class": isinstance(response, module.CreateJwtResponse),
        "token": response.token,
        "error_code": response.response_status.error_code if response.response_status else None,
    }


def main():
    dtos = load_module(sys.argv[1])
    client = JsonServiceClient(sys.argv[2])
    request = dtos.CreateJwt(
        user_auth_id="42",
        display_name="Ada Lovelace",
        roles=["Admin", "Author"],
        jwt_expiry=datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
    )
    print(json.dumps(describe(client.post(request), dtos)))
    print(json.dumps(describe(client.get(dtos.CreateJwt(display_name="Grace")), dtos)))


if __name__ == "__main__":
    main()
