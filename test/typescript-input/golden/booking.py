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


class RoomType(str, Enum):
    """
    How a room is used
    """

    SINGLE = 'Single'
    DOUBLE = 'Double'
    SUITE = 'Suite'


# @Flags()
class Amenity(IntEnum):
    NONE = 0
    WIFI = 1
    BREAKFAST = 2
    PARKING = 4


class BookingStatus(str, Enum):
    PENDING = 'pending'
    CONFIRMED = 'confirmed'
    CANCELLED = 'cancelled'


T = TypeVar('T')


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Page(Generic[T]):
    total: int = 0
    results: Optional[List[T]] = None


class Department:
    id: int = 0
    name: Optional[str] = None
    manager: Optional[str] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Booking(AuditBase):
    """
    A room booking
    """

    id: int = 0
    # @Required()
    name: Optional[str] = None

    room_type: Optional[RoomType] = None
    room_number: int = 0
    cost: decimal.Decimal = decimal.Decimal(0)
    amenities: Optional[Amenity] = None
    status: Optional[BookingStatus] = None
    booking_start_date: datetime.datetime = datetime.datetime(1, 1, 1)
    booking_end_date: Optional[datetime.datetime] = None
    notes: Optional[str] = None
    """
    Who to call
    """

    tags: Optional[List[str]] = None
    extras: Optional[Dict[str, str]] = None
    department: Optional[Department] = None


# @Route("/bookings", "GET")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class QueryBookings(IReturn[Page[Booking]]):
    # @ValidateGreaterThan(0)
    take: Optional[int] = None

    order_by: Optional[str] = None


# @Route("/bookings", "POST")
# @ValidateHasRole("Employee")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class CreateBooking(IReturn[Booking]):
    # @ValidateNotEmpty()
    name: Optional[str] = None

    room_type: Optional[RoomType] = None
    # @ValidateGreaterThan(0)
    room_number: int = 0
