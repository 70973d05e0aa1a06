// Hand-written TypeScript models (fixtures/typescript): an okai-style model with decorators that
// imports another file, and a plain one. Their Python and TypeScript are golden files; every
// language generates without a problem. Update goldens only with `vitest -u`, and read the diff.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate, languages } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import { fixture } from '../support/paths.js';

const DATE = new Date('2026-01-01T00:00:00Z');
const MODELS = ['booking', 'plain'];

describe('hand-written TypeScript models', () => {
  it.each(MODELS)('%s: Python and TypeScript golden files', async (name) => {
    for (const [lang, ext] of [['python', 'py'], ['typescript', 'ts']] as const) {
      const { files, diagnostics } = await generate({ input: fixture('typescript', `${name}.ts`), lang, date: DATE });
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
      await expect(files.map((f) => f.content).join('')).toMatchFileSnapshot(`golden/${name}.${ext}`);
    }
  });

  it.each(MODELS)('%s: every language generates without a problem', async (name) => {
    for (const lang of languages().map((l) => l.id)) {
      const { files, diagnostics } = await generate({ input: fixture('typescript', `${name}.ts`), lang, date: DATE });
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(files).toHaveLength(1);
    }
  });

  it('lists every imported file among the inputs, for watch mode', async () => {
    const loaded = await loadInput(fixture('typescript', 'booking.ts'));
    expect(loaded.inputs.map((f) => f.replace(/^.*fixtures\//, ''))).toEqual(['typescript/booking.ts', 'typescript/shared.ts']);
  });

  it('reads decorators into the model: routes, tags, validators, data members, flags, ignored members', async () => {
    const { model } = await loadInput(fixture('typescript', 'booking.ts'));
    const create = model?.operations.find((o) => o.name === 'CreateBooking');
    expect(create?.routes.map((r) => [r.path, r.verbs])).toEqual([['/bookings', ['POST']]]);
    expect(create?.tags).toEqual(['bookings']);
    const request = model?.types.find((t) => t.id === 'CreateBooking');
    expect(request?.kind === 'class' && request.properties.map((p) => p.name)).toEqual(['Name', 'RoomType', 'RoomNumber']);
    expect(request?.kind === 'class' && request.properties[0]?.dataMember).toEqual({ order: 1 });
    expect(request?.attributes.map((a) => a.name)).toEqual(['ValidateHasRole']);
    const amenity = model?.types.find((t) => t.id === 'Amenity');
    expect(amenity?.kind === 'enum' && [amenity.isFlags, amenity.isIntEnum]).toEqual([true, true]);
    const booking = model?.types.find((t) => t.id === 'Booking');
    const cost = booking?.kind === 'class' ? booking.properties.find((p) => p.name === 'Cost') : undefined;
    expect(cost?.type).toEqual({ kind: 'primitive', name: 'Decimal' });
    expect(booking?.source).toMatchObject({ line: 31, column: 14 });
  });

  it('@flags() on an enum, as a decorator or as ServiceStack\'s // @Flags() comment, makes a flags enum', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-flags-'));
    try {
      const file = path.join(dir, 'flags.ts');
      writeFileSync(file, '@flags()\nexport enum Modes { Read = 1, Write = 2 }\n\n// @Flags()\nexport enum Perms { Run = 1, Stop = 2 }\n\nexport enum Plain { A = 1, B = 2 }\n');
      const { model, diagnostics } = await loadInput(file);
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
      const flags = (id: string) => {
        const t = model?.types.find((d) => d.id === id);
        return t?.kind === 'enum' ? [t.isFlags, t.isIntEnum] : undefined;
      };
      expect([flags('Modes'), flags('Perms'), flags('Plain')]).toEqual([[true, true], [true, true], [false, true]]);
      const { files } = await generate({ model: model!, lang: 'python', date: DATE });
      expect(files[0]?.content).toContain('\n\n# @Flags()\nclass Modes(IntEnum):\n    READ = 1\n    WRITE = 2\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a glob of TypeScript files is one input: every match and what it imports, sorted, among the inputs', async () => {
    const pattern = path.relative(process.cwd(), fixture('typescript', '{plain,booking}.ts'));
    const loaded = await loadInput(pattern);
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(loaded.inputs.map((f) => f.replace(/^.*fixtures\//, ''))).toEqual(['typescript/booking.ts', 'typescript/plain.ts', 'typescript/shared.ts']);
    const ids = loaded.model?.types.map((t) => t.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['CreateBooking', 'Amenity', 'Department', 'Task', 'Board']));
    const { files, diagnostics } = await generate({ input: fixture('typescript', '*.ts'), lang: 'python', date: DATE });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(files[0]?.content).toContain('\nclass CreateBooking(IReturn[Booking]):\n');
    expect(files[0]?.content).toContain('\nclass Board(Project):\n');
  });

  it('a glob that matches no TypeScript file is an error that names it', async () => {
    const loaded = await loadInput(fixture('typescript', 'nothing-*.ts'));
    expect(loaded.model).toBeUndefined();
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([`${fixture('typescript', 'nothing-*.ts')}: '${fixture('typescript', 'nothing-*.ts')}' matches no file`]);
  });
});
