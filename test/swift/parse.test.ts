// Whole Swift files for every fixture and corpus input, and every operation of the fixtures, parse
// with no ERROR or MISSING node under tree-sitter-swift. The same check passes on the Swift files
// ServiceStack generated (../shared/corpus), which shows it accepts real ServiceStack output, and
// fails on broken Swift, which shows it can fail. No Swift compiler can be installed on these
// machines: this syntax check stands in for compiling the generated files.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import { ALL_INPUTS, FIXTURE_INPUTS } from '../support/inputs.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';
import { syntaxProblems } from './swift-parser.js';

const swiftText = async (file: string, op?: string) => {
  const { files, diagnostics } = await generate({ input: file, lang: 'swift', date: new Date(0), ...(op ? { op } : {}) });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return files.map((f) => f.content).join('');
};

const REAL_SWIFT = HAS_CORPUS
  ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.swift'))
      .sort()
  : [];

describe('Swift syntax (tree-sitter-swift)', () => {
  it('the checker reports broken Swift', async () => {
    const problems = await syntaxProblems('public class X : Codable\n{\n    public var x:String = \n}\n');
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each(ALL_INPUTS)('$label: the whole file parses', async ({ file }) => {
    const source = await swiftText(file);
    expect(source).toContain('public class ');
    expect(await syntaxProblems(source)).toEqual([]);
  });

  it.each(FIXTURE_INPUTS)('$label: every operation parses', async ({ file }) => {
    const { model } = await loadInput(file);
    for (const op of model!.operations) expect(await syntaxProblems(await swiftText(file, op.name))).toEqual([]);
  });

  it.runIf(REAL_SWIFT.length > 0).each(REAL_SWIFT)("ServiceStack's %s parses", async (file) => {
    expect(await syntaxProblems(readFileSync(path.join(CORPUS, file), 'utf8'))).toEqual([]);
  });
});
