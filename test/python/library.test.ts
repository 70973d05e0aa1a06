// The types whole Python files leave out must really come from `from servicestack import *`.

import { describe, expect, it } from 'vitest';
import { LIBRARY_DTOS, LIBRARY_INTERFACES } from '../../src/targets/python/library.js';
import { ALWAYS_NUMBERED } from '../../src/targets/python/names.js';
import { HAS_PYTHON, PYTHON } from '../support/python.js';
import { execFileSync } from 'node:child_process';

/** The generator's spelling of a library type: `QueryDb`1` → QueryDb, `QueryDb`2` → QueryDb2. */
const packageName = (id: string) => (ALWAYS_NUMBERED.has(id) ? id.replace('`', '') : id.replace(/`\d+$/, ''));

describe.skipIf(!HAS_PYTHON)('Python library types', () => {
  it('every type left out of whole files is exported by the servicestack package', () => {
    const exported = new Set(
      JSON.parse(execFileSync(PYTHON, ['-c', 'import json, servicestack; print(json.dumps(servicestack.__all__))'], { encoding: 'utf8' })) as string[],
    );
    const missing = [...LIBRARY_INTERFACES, ...LIBRARY_DTOS].map(packageName).filter((n) => !exported.has(n));
    expect(missing).toEqual([]);
  });
});
