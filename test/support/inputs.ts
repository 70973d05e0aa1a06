// Every metadata input the whole-file tests run over: the bundled fixtures, then the corpus.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, FIXTURES, HAS_CORPUS } from './paths.js';

export interface MetadataInput {
  /** Short, file-name-safe label: `fixture-test`, `corpus-blazor-gallery-app.8.91`. */
  label: string;
  file: string;
}

export const FIXTURE_INPUTS: MetadataInput[] = readdirSync(path.join(FIXTURES, 'metadata'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ label: `fixture-${f.replace(/\.json$/, '')}`, file: path.join(FIXTURES, 'metadata', f) }));

export const CORPUS_INPUTS: MetadataInput[] = HAS_CORPUS
  ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ label: `corpus-${f.replace(/\.json$/, '').replace(/[\\/]/g, '-')}`, file: path.join(CORPUS, f) }))
  : [];

export const ALL_INPUTS = [...FIXTURE_INPUTS, ...CORPUS_INPUTS];
