// Whether a change breaks existing clients, judged for the way its data flows: what clients send
// (requests) must still be accepted, what they read (responses) must still be what they expect.
// A type that travels both ways, or that no operation uses, gets the stricter verdict.

import type { Direction } from './data-flow.js';

export interface Verdict {
  breaking: boolean;
  /** One line: why it breaks and for whom, or why it does not. */
  reason: string;
}

/** A change's verdict for clients that send the data and for clients that read it. */
export interface Sides {
  request: Verdict;
  response: Verdict;
}

const breaks = (reason: string): Verdict => ({ breaking: true, reason });
const fine = (reason: string): Verdict => ({ breaking: false, reason });

export function judge(direction: Direction, sides: Sides): Verdict {
  if (direction === 'request') return sides.request;
  if (direction === 'response') return sides.response;
  const { request, response } = sides;
  if (request.breaking && response.breaking) return request.reason === response.reason ? request : breaks(`${request.reason}; ${response.reason}`);
  return request.breaking || !response.breaking ? request : response;
}

/** The languages whose generated DTOs reject an enum value they do not know when they decode a response. */
const STRICT_ENUM_DECODERS: Readonly<Record<string, string>> = {
  swift: 'Swift',
  python: 'Python',
};

export const RULES = {
  propertyRemoved: (): Sides => ({
    request: breaks('breaks clients that send it: the server no longer reads it'),
    response: breaks('breaks clients that read it: the server no longer sends it'),
  }),
  propertyAdded: (required: boolean): Sides => ({
    request: required ? breaks('breaks clients that do not send it: the server requires it') : fine('clients may leave it out'),
    response: fine('clients ignore a property they do not know'),
  }),
  propertyRenamed: (from: string, to: string): Sides => ({
    request: breaks(`breaks clients that send ${from}: the server now reads ${to}`),
    response: breaks(`breaks clients that read ${from}: the server now sends ${to}`),
  }),
  madeRequired: (): Sides => ({
    request: breaks('breaks clients that leave it out: the server now requires it'),
    response: fine('clients now always get a value'),
  }),
  madeOptional: (): Sides => ({
    request: fine('clients may still send it'),
    response: breaks('breaks clients that read it: it may now be missing (null)'),
  }),
  madeNullable: (): Sides => ({
    request: fine('clients may still send a value'),
    response: breaks('breaks clients that read it: it may now be null'),
  }),
  madeNonNullable: (): Sides => ({
    request: breaks('breaks clients that send null: the server now needs a value'),
    response: fine('clients now always get a value'),
  }),
  typeChanged: (to: string): Sides => ({
    request: breaks(`breaks clients that send it: the server now expects ${to}`),
    response: breaks(`breaks clients that read it: it now holds ${to}`),
  }),
  refined: (): Sides => ({
    request: fine('the earlier metadata left the element type out: the JSON is the same'),
    response: fine('the earlier metadata left the element type out: the JSON is the same'),
  }),
  baseChanged: (): Sides => ({
    request: breaks('breaks clients that send it: the properties it inherits change'),
    response: breaks('breaks clients that read it: the properties it inherits change'),
  }),
  kindChanged: (): Sides => ({
    request: breaks('breaks clients that send it: its generated code changes kind'),
    response: breaks('breaks clients that read it: its generated code changes kind'),
  }),
  typeRemoved: (): Sides => ({
    request: breaks('breaks clients that use it: the type is gone'),
    response: breaks('breaks clients that use it: the type is gone'),
  }),
  typeAdded: (): Sides => ({ request: fine('new'), response: fine('new') }),
  typeRenamed: (from: string, to: string): Sides => ({
    request: fine(`the JSON is the same; code that names ${from} needs ${to} once regenerated`),
    response: fine(`the JSON is the same; code that names ${from} needs ${to} once regenerated`),
  }),
  enumMemberRemoved: (): Sides => ({
    request: breaks('breaks clients that send it: the server no longer accepts it'),
    response: fine('clients no longer receive it'),
  }),
  enumMemberAdded: (languages: readonly string[]): Sides => {
    const strict = [...new Set(languages.flatMap((l) => STRICT_ENUM_DECODERS[l] ?? []))];
    return {
      request: fine('clients need not send it'),
      response:
        strict.length > 0
          ? breaks(`breaks ${strict.join(' and ')} clients that read it: they fail to decode a value they do not know${strict.includes('Swift') ? " (and Swift's exhaustive switches stop compiling)" : ''}`)
          : fine('clients in these languages accept a value they do not know'),
    };
  },
};

/** Changes to operations: what clients call and what they read back. */
export const OPERATION_RULES = {
  removed: (): Verdict => breaks('breaks clients that call it'),
  added: (): Verdict => fine('new'),
  routeRemoved: (): Verdict => breaks('breaks clients that call this route'),
  routeAdded: (): Verdict => fine('new'),
  verbsNarrowed: (dropped: string): Verdict => breaks(`breaks clients that call it with ${dropped}`),
  verbsWidened: (): Verdict => fine('clients may keep the verbs they use'),
  responseChanged: (to: string): Verdict => breaks(`breaks clients that read the response: it is now ${to}`),
};
