// The metadata documents every TypeScript test runs over: the bundled fixtures, and the real
// server metadata in ../shared/corpus when it is there.

import { loadInput } from '../../../src/loaders/index.js';
import type { MetadataModel } from '../../../src/model/types.js';
import { CORPUS_INPUTS as SHARED_CORPUS, FIXTURE_INPUTS as SHARED_FIXTURES } from '../../support/inputs.js';

export interface Input {
  /** A short file-name-safe label (`test`, `corpus-blazor-gallery-app.8.91`). */
  name: string;
  file: string;
}

export const FIXTURE_INPUTS: Input[] = SHARED_FIXTURES.map((i) => ({ name: i.label.replace(/^fixture-/, ''), file: i.file }));

/** Every metadata JSON file in the corpus, found afresh each run. */
export const CORPUS_INPUTS: Input[] = SHARED_CORPUS.map((i) => ({ name: i.label, file: i.file }));

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
