// The TypeScript sources the whole-file checks run over: the hand-written models in
// fixtures/typescript, and ServiceStack's own dtos.ts files in ../shared/corpus when it is there.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, FIXTURES, HAS_CORPUS } from '../support/paths.js';

export interface TypeScriptSource {
  /** File-name-safe and a Python module name: `fixture_booking`, `corpus_blazor_gallery_dtos_6_61`. */
  label: string;
  file: string;
}

const label = (prefix: string, relative: string) => `${prefix}_${relative.replace(/\.ts$/, '').replace(/[^A-Za-z0-9_]/g, '_')}`;

export const FIXTURE_SOURCES: TypeScriptSource[] = readdirSync(path.join(FIXTURES, 'typescript'))
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => ({ label: label('fixture', f), file: path.join(FIXTURES, 'typescript', f) }));

export const CORPUS_SOURCES: TypeScriptSource[] = HAS_CORPUS
  ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => ({ label: label('corpus', f), file: path.join(CORPUS, f) }))
  : [];

export const ALL_SOURCES = [...FIXTURE_SOURCES, ...CORPUS_SOURCES];
