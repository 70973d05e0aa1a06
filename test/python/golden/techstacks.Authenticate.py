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
class AuthenticateResponse(IMeta, IHasSessionId, IHasBearerToken):
    user_id: Optional[str] = None
    session_id: Optional[str] = None
    user_name: Optional[str] = None
    display_name: Optional[str] = None
    referrer_url: Optional[str] = None
    bearer_token: Optional[str] = None
    refresh_token: Optional[str] = None
    refresh_token_expiry: Optional[datetime.datetime] = None
    profile_url: Optional[str] = None
    roles: Optional[List[str]] = None
    permissions: Optional[List[str]] = None
    auth_provider: Optional[str] = None
    response_status: Optional[ResponseStatus] = None
    meta: Optional[Dict[str, str]] = None


# @Api(Description="Sign In")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Authenticate(IPost, IMeta):
    """
    Sign In
    """

    provider: Optional[str] = None
    """
    AuthProvider, e.g. credentials
    """

    user_name: Optional[str] = None
    password: Optional[str] = None
    remember_me: Optional[bool] = None
    access_token: Optional[str] = None
    access_token_secret: Optional[str] = None
    return_url: Optional[str] = None
    error_view: Optional[str] = None
    meta: Optional[Dict[str, str]] = None
