/* Options:
Date: 2026-01-01 00:00:00
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: 

//GlobalNamespace: 
//MakePropertiesOptional: False
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


export interface IReturn<T>
{
    createResponse(): T;
}

/** @description How a room is used */
export enum RoomType
{
    Single = 'Single',
    Double = 'Double',
    Suite = 'Suite',
}

// @Flags()
export enum Amenity
{
    None = 0,
    Wifi = 1,
    Breakfast = 2,
    Parking = 4,
}

export enum BookingStatus
{
    pending = 'pending',
    confirmed = 'confirmed',
    cancelled = 'cancelled',
}

export class AuditBase
{
    public createdDate: string;
    public createdBy: string;
    public modifiedDate?: string;

    public constructor(init?: Partial<AuditBase>) { (Object as any).assign(this, init); }
}

export class Page<T>
{
    public total: number;
    public results: T[];

    public constructor(init?: Partial<Page<T>>) { (Object as any).assign(this, init); }
}

export interface Department
{
    id: number;
    name: string;
    manager?: string;
}

/** @description A room booking */
export class Booking extends AuditBase
{
    public id: number;
    // @Required()
    public name: string;

    public roomType: RoomType;
    public roomNumber: number;
    public cost: number;
    public amenities?: Amenity;
    public status: BookingStatus;
    public bookingStartDate: string;
    public bookingEndDate?: string;
    /** @description Who to call */
    public notes?: string;
    public tags: string[];
    public extras: { [index:string]: string; };
    public department?: Department;

    public constructor(init?: Partial<Booking>) { super(init); (Object as any).assign(this, init); }
}

// @Route("/bookings", "GET")
export class QueryBookings implements IReturn<Page<Booking>>
{
    // @ValidateGreaterThan(0)
    public take?: number;

    public orderBy?: string;

    public constructor(init?: Partial<QueryBookings>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'QueryBookings'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new Page<Booking>(); }
}

// @Route("/bookings", "POST")
// @ValidateHasRole("Employee")
export class CreateBooking implements IReturn<Booking>
{
    // @DataMember(Order=1)
    // @ValidateNotEmpty()
    public name: string;

    public roomType: RoomType;
    // @ValidateGreaterThan(0)
    public roomNumber: number;

    public constructor(init?: Partial<CreateBooking>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'CreateBooking'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new Booking(); }
}

