""" Options:
Date: 2026-01-01 00:00:00
Version: 8.91
Tip: To override a DTO option, remove "#" prefix before updating
BaseUrl: https://test.servicestack.net

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


class IAuthTokens:
    provider: Optional[str] = None
    user_id: Optional[str] = None
    access_token: Optional[str] = None
    access_token_secret: Optional[str] = None
    refresh_token: Optional[str] = None
    refresh_token_expiry: Optional[datetime.datetime] = None
    request_token: Optional[str] = None
    request_token_secret: Optional[str] = None
    items: Optional[Dict[str, str]] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class AuthUserSession(IMeta):
    referrer_url: Optional[str] = None
    id: Optional[str] = None
    user_auth_id: Optional[str] = None
    user_auth_name: Optional[str] = None
    user_name: Optional[str] = None
    twitter_user_id: Optional[str] = None
    twitter_screen_name: Optional[str] = None
    facebook_user_id: Optional[str] = None
    facebook_user_name: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    display_name: Optional[str] = None
    company: Optional[str] = None
    email: Optional[str] = None
    primary_email: Optional[str] = None
    phone_number: Optional[str] = None
    birth_date: Optional[datetime.datetime] = None
    birth_date_raw: Optional[str] = None
    address: Optional[str] = None
    address2: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    culture: Optional[str] = None
    full_name: Optional[str] = None
    gender: Optional[str] = None
    language: Optional[str] = None
    mail_address: Optional[str] = None
    nickname: Optional[str] = None
    postal_code: Optional[str] = None
    time_zone: Optional[str] = None
    request_token_secret: Optional[str] = None
    created_at: datetime.datetime = datetime.datetime(1, 1, 1)
    last_modified: datetime.datetime = datetime.datetime(1, 1, 1)
    roles: Optional[List[str]] = None
    permissions: Optional[List[str]] = None
    is_authenticated: bool = False
    from_token: bool = False
    profile_url: Optional[str] = None
    sequence: Optional[str] = None
    tag: int = 0
    auth_provider: Optional[str] = None
    provider_o_auth_access: Optional[List[IAuthTokens]] = None
    meta: Optional[Dict[str, str]] = None
    audiences: Optional[List[str]] = None
    scopes: Optional[List[str]] = None
    dns: Optional[str] = None
    rsa: Optional[str] = None
    sid: Optional[str] = None
    hash: Optional[str] = None
    home_phone: Optional[str] = None
    mobile_phone: Optional[str] = None
    webpage: Optional[str] = None
    email_confirmed: Optional[bool] = None
    phone_number_confirmed: Optional[bool] = None
    two_factor_enabled: Optional[bool] = None
    security_stamp: Optional[str] = None
    type: Optional[str] = None
    recovery_token: Optional[str] = None
    ref_id: Optional[int] = None
    ref_id_str: Optional[str] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class CreateJwtResponse:
    token: Optional[str] = None
    response_status: Optional[ResponseStatus] = None


# @Route("/jwt")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class CreateJwt(AuthUserSession, IReturn[CreateJwtResponse]):
    jwt_expiry: Optional[datetime.datetime] = None
