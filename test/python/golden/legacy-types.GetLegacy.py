import datetime
import decimal
from marshmallow.fields import *
from servicestack import *
from typing import *
from dataclasses import dataclass, field
from dataclasses_json import dataclass_json, LetterCase, Undefined, config
from enum import Enum, IntEnum


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Stream:
    """
    A DTO that shares its name with System.IO.Stream
    """

    title: Optional[str] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Legacy:
    items: Optional[List[Any]] = None
    bag: Optional[Dict[str, Any]] = None
    ordered: Optional[Dict[str, Any]] = None
    labels: Optional[Dict[str, str]] = None
    point: Optional[str] = None
    body: Optional[bytes] = None
    feed: Optional[Stream] = None
    handle: int = 0


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class GetLegacy(IGet):
    id: int = 0
