import { listItems } from '../../plan/option-grammars.js';
import type { ResolvedOptions } from '../../plan/options.js';

/** TreatTypesAsStrings: the names of types written as `String` (and so never declared). */
export function treatedAsStrings(options: ResolvedOptions): Set<string> {
  return new Set(listItems(options.text('TreatTypesAsStrings')));
}
