// What `dtogen diff` reports: one entry per change to the API a client sees.

import type { Direction } from './data-flow.js';

/** `renamed`: a probable rename (one removed, one added, the same shape); `refined`: the later metadata describes the same JSON more precisely. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed' | 'refined';

/** What changed, in the order reports list them. */
export const SUBJECTS = ['operation', 'route', 'response', 'type', 'base-type', 'property', 'enum-member'] as const;
export type Subject = (typeof SUBJECTS)[number];

export interface ApiChange {
  kind: ChangeKind;
  subject: Subject;
  /** `CreateJwt`, `CreateJwt.Audience`, `CreateJwt /jwt`. */
  name: string;
  /** Existing clients can fail: they call, send or read something that is gone or different. */
  breaking: boolean;
  /** One line, in words: `type changed from String to Int32`. */
  detail: string;
  /** One line: why it breaks and for whom, or why it does not. */
  reason: string;
  /** Which way the data flows: sent by clients, read by them, or both (types no operation uses are judged as both). */
  direction: Direction;
  /** The one operation the change concerns; absent for types several operations (or none) use. */
  operation?: string;
  /** Breaking changes: the generated lines that change, in each language the report is for. */
  code?: CodeChange[];
}

export interface CodeChange {
  lang: string;
  removed: string[];
  added: string[];
}

export interface ApiDiff {
  breaking: number;
  nonBreaking: number;
  changes: ApiChange[];
}
