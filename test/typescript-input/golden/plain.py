""" Options:
Date: 2026-01-01 00:00:00
Version: 8.91
Tip: To override a DTO option, remove "#" prefix before updating
BaseUrl: 

#GlobalNamespace: 
#AddServiceStackTypes: True
#AddResponseStatus: False
#AddImplicitVersion: 
#AddDescriptionAsComments: True
#IncludeTypes: 
#ExcludeTypes: 
#DefaultImports: datetime,decimal,marshmallow.fields:*,servicestack:*,typing:*,dataclasses:dataclass/field,dataclasses_json:dataclass_json/LetterCase/Undefined/config,enum:Enum/IntEnum
#DataClass: 
#DataClassJson: 
"""

import datetime
import decimal
from marshmallow.fields import *
from servicestack import *
from typing import *
from dataclasses import dataclass, field
from dataclasses_json import dataclass_json, LetterCase, Undefined, config
from enum import Enum, IntEnum
Object = TypeVar('Object')


class Priority(str, Enum):
    LOW = 'Low'
    MEDIUM = 'Medium'
    HIGH = 'High'


class Tag:
    name: Optional[str] = None
    color: Optional[str] = None


class Task:
    id: int = 0
    title: Optional[str] = None
    done: bool = False
    priority: Optional[Priority] = None
    due: Optional[datetime.datetime] = None
    tags: Optional[List[Tag]] = None
    estimates: Optional[Dict[str, int]] = None
    labels: Optional[Dict[str, str]] = None
    parent: "Optional[Task]" = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Project:
    name: Optional[str] = None
    tasks: Optional[List[Task]] = None


class Board(Project):
    columns: Optional[List[str]] = None
