// The metadata documents every TypeScript test runs over: the bundled fixtures, and the real
// server metadata in ../shared/corpus when it is there.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadInput } from '../../../src/loaders/index.js';
import type { MetadataModel } from '../../../src/model/types.js';
import { CORPUS, FIXTURES, HAS_CORPUS } from '../../support/paths.js';

export interface Input {
  /** A short file-name-safe label (`test`, `corpus-blazor-gallery-app.8.91`). */
  name: string;
  file: string;
}

export const FIXTURE_INPUTS: Input[] = readdirSync(path.join(FIXTURES, 'metadata'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.slice(0, -'.json'.length), file: path.join(FIXTURES, 'metadata', f) }));

/** Every metadata JSON file in the corpus, found afresh each run. */
export const CORPUS_INPUTS: Input[] = HAS_CORPUS
  ? (readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ name: `corpus-${f.replace(/[\\/]/g, '-').replace(/\.json$/, '')}`, file: path.join(CORPUS, f) }))
  : [];

export async function loadModel(file: string): Promise<MetadataModel> {
  const loaded = await loadInput(file);
  if (!loaded.model) throw new Error(`${file} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.model;
}

/** Request class names of the operations whose requests the client can send (they declare a response). */
export function sendableRequests(model: MetadataModel): string[] {
  const generic = new Set(model.types.filter((t) => t.kind !== 'enum' && t.genericParams.length > 0).map((t) => t.id));
  return model.operations
    .filter((op) => (op.returnsVoid || op.returnType !== undefined || op.response !== undefined) && !generic.has(op.request))
    .map((op) => op.name);
}
