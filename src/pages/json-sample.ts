// The JSON form of a sample, as a JSON metadata page shows it: compact, placeholders typed.

import type { Sample } from './sample.js';

export function toJson(sample: Sample): string {
  return JSON.stringify(toValue(sample));
}

function toValue(sample: Sample): unknown {
  switch (sample.kind) {
    case 'scalar':
      return sample.value.json;
    case 'list':
      return sample.items.map(toValue);
    case 'map':
      return Object.fromEntries(sample.entries.map(([k, v]) => [String(toValue(k)), toValue(v)]));
    case 'object':
      return Object.fromEntries(sample.entries.map(([k, v]) => [k, toValue(v)]));
  }
}
