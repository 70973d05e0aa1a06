/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://techstacks.io

GlobalNamespace: dtos
//MakePropertiesOptional: True
//AddServiceStackTypes: True
AddResponseStatus: True
AddImplicitVersion: 2
AddDescriptionAsComments: False
//IncludeTypes: 
//ExcludeTypes: 
DefaultImports: JsonServiceClient:@servicestack/client
*/

import { JsonServiceClient } from "@servicestack/client";

declare namespace dtos
{

    interface IReturn<T>
    {
        createResponse(): T;
    }

    interface IReturnVoid
    {
        createResponse(): void;
    }

    interface IPost
    {
    }

    interface IMeta
    {
        meta?: { [index:string]: string; };
    }

    interface IHasSessionId
    {
        sessionId?: string;
    }

    interface IHasBearerToken
    {
        bearerToken?: string;
    }

    // @DataContract
    interface ResponseError
    {
        // @DataMember(Order=1)
        errorCode?: string;

        // @DataMember(Order=2)
        fieldName?: string;

        // @DataMember(Order=3)
        message?: string;

        // @DataMember(Order=4)
        meta?: { [index:string]: string; };
    }

    // @DataContract
    interface ResponseStatus
    {
        // @DataMember(Order=1)
        errorCode?: string;

        // @DataMember(Order=2)
        message?: string;

        // @DataMember(Order=3)
        stackTrace?: string;

        // @DataMember(Order=4)
        errors?: ResponseError[];

        // @DataMember(Order=5)
        meta?: { [index:string]: string; };
    }

    // @DataContract
    interface AuthenticateResponse extends IMeta, IHasSessionId, IHasBearerToken
    {
        // @DataMember(Order=1)
        userId?: string;

        // @DataMember(Order=2)
        sessionId?: string;

        // @DataMember(Order=3)
        userName?: string;

        // @DataMember(Order=4)
        displayName?: string;

        // @DataMember(Order=5)
        referrerUrl?: string;

        // @DataMember(Order=6)
        bearerToken?: string;

        // @DataMember(Order=7)
        refreshToken?: string;

        // @DataMember(Order=8)
        refreshTokenExpiry?: string;

        // @DataMember(Order=9)
        profileUrl?: string;

        // @DataMember(Order=10)
        roles?: string[];

        // @DataMember(Order=11)
        permissions?: string[];

        // @DataMember(Order=12)
        authProvider?: string;

        // @DataMember(Order=13)
        responseStatus?: ResponseStatus;

        // @DataMember(Order=14)
        meta?: { [index:string]: string; };
    }

    // @Route("/auth/{provider}", "POST")
    // @Route("/auth", "GET,POST")
    // @Api(Description="Sign In")
    // @DataContract
    interface Authenticate extends IReturn<AuthenticateResponse>, IPost, IMeta
    {
        version?: number; //2
        // @DataMember(Order=1)
        provider?: string;

        // @DataMember(Order=2)
        userName?: string;

        // @DataMember(Order=3)
        password?: string;

        // @DataMember(Order=4)
        rememberMe?: boolean;

        // @DataMember(Order=5)
        accessToken?: string;

        // @DataMember(Order=6)
        accessTokenSecret?: string;

        // @DataMember(Order=7)
        returnUrl?: string;

        // @DataMember(Order=8)
        errorView?: string;

        // @DataMember(Order=9)
        meta?: { [index:string]: string; };
    }

}

