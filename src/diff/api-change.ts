// What `dtogen diff` reports: one entry per change to the API a client sees.

export type ChangeKind = 'added' | 'removed' | 'changed';

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
}

export interface ApiDiff {
  breaking: number;
  nonBreaking: number;
  changes: ApiChange[];
}
