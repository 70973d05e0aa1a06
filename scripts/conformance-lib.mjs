// Conformance with ServiceStack's own output: for each pair of a metadata input and a file
// ServiceStack generated for the same server (../shared/corpus), the declarations of the real file
// that the input describes, and how many of them dtogen writes, writes identically, or writes with
// the same members. Shared by `npm run conformance` (which prints the figures) and the test that
// keeps them from dropping below test/conformance-baseline.json.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Each pair: what dtogen reads, what ServiceStack wrote, in which language, with which options. */
export const PAIRS = [
  { id: 'python test.servicestack.net', lang: 'python', input: 'test/fixtures/test-servicestack-types.json', real: 'test.servicestack.net/dtos.8.81.py' },
  { id: 'python northwind-auto', lang: 'python', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.py' },
  // That Swift file came from a build that initialised every collection whatever its header says.
  { id: 'swift test.servicestack.net', lang: 'swift', input: 'test/fixtures/test-servicestack-types.json', real: 'test.servicestack.net/Test.dtos.8.41.2024-11-25.swift', options: { InitializeCollections: true } },
  { id: 'swift northwind-auto', lang: 'swift', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.swift' },
  { id: 'typescript northwind-auto', lang: 'typescript', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.ts' },
  { id: 'typescript blazor-gallery 6.61', lang: 'typescript', input: '{corpus}/blazor-gallery/app.6.61.json', real: 'blazor-gallery/dtos.6.61.ts' },
  { id: 'mjs northwind-auto', lang: 'mjs', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.mjs' },
  { id: 'mjs get-dtos', lang: 'mjs', input: 'test/mjs/fixtures/get-dtos-subset.json', real: 'get-dtos-8.91/dtos.mjs' },
  { id: 'kotlin northwind-auto', lang: 'kotlin', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.kt' },
  { id: 'kotlin get-dtos', lang: 'kotlin', input: 'test/mjs/fixtures/get-dtos-subset.json', real: 'get-dtos-8.91/dtos.kt' },
  { id: 'java northwind-auto', lang: 'java', input: 'fixtures/metadata/northwind-subset.json', real: 'northwind-auto-8.91/dtos.java' },
  { id: 'java get-dtos', lang: 'java', input: 'test/mjs/fixtures/get-dtos-subset.json', real: 'get-dtos-8.91/dtos.java' },
];

/** Top-level declarations of a file by name: their text, and their member names. */
const DECLARATION = {
  python: /^class (\w+)/,
  swift: /^public (?:class|enum|protocol) (\w+)/,
  typescript: /^export (?:class|interface|enum) (\w+)/,
  mjs: /^export (?:class|var) (\w+)/,
  kotlin: /^(?:open class|interface|enum class) (\w+)/,
  // Java's declarations are nested in the file's one class (`public class dtos`).
  java: /^ {4}public static (?:class|interface|enum) (\w+)/,
};

/** Where a JVM declaration ends: its closing brace, at the depth of its header. */
const JVM_END = { kotlin: '}', java: '    }' };

export function declarations(source, lang) {
  const lines = source.split('\n');
  const out = new Map();
  const header = DECLARATION[lang];
  for (let i = 0; i < lines.length; i++) {
    const name = header.exec(lines[i])?.[1];
    if (!name || out.has(name)) continue;
    let start = i;
    let end = i + 1;
    if (lang === 'mjs') {
      // A class or an enum's object, with the @typedef lines above it; `}` or `})(Name || …);` ends it.
      while (start > 0 && lines[start - 1].startsWith('/** @typedef')) start--;
      while (end < lines.length && !/^}/.test(lines[end])) end++;
      end++;
    } else if (lang in JVM_END) {
      // The annotations and comments above the header (`@Route`, `@DataContract`, `/** … */`) are
      // part of the declaration: up to the blank line that separates it from the one before.
      while (start > 0 && lines[start - 1].trim() !== '') start--;
      while (end < lines.length && lines[end] !== JVM_END[lang]) end++;
      end++;
    } else if (lang === 'python') {
      while (end < lines.length && (lines[end] === '' ? /^\s/.test(lines[end + 1] ?? '') : /^\s/.test(lines[end]))) end++;
    } else {
      while (end < lines.length && lines[end] !== '}') end++;
      end++;
    }
    const body = lines.slice(start, end).join('\n').replace(/\n+$/, '');
    out.set(name, { text: body, members: memberNames(lines.slice(i + 1, end), lang) });
  }
  return out;
}

function memberNames(body, lang) {
  const member = {
    python: /^ {4}(\w+)(?::| =)/,
    swift: /^ {4}(?:@\w+ )?(?:public )?(?:var|case) `?(\w+)`?/,
    typescript: /^ {4}(?:public )?'?(\w+)'?\??:/,
    mjs: /^ {4}'?(\w+)'?(?: = .*)?;$|^ {4}\w+\[(?:\w+\[)?"(\w+)"\]/,
    // Properties (an annotation may share their line), then enum members (`Single,` or `One(1),`).
    kotlin: /^ {4}(?:@\w+(?:\(.*\))? )?(?:open |override )?va[rl] `?(\w+)`?:|^ {4}(?:@\w+(?:\(.*\))? )?(\w+)(?:\(.*\))?,$/,
    java: /^ {8}(?:@\w+(?:\(.*\))? )?public (?!static)[\w<>,[\] ?]+ (\w+) = |^ {8}(?:@\w+(?:\(.*\))? )?(\w+)(?:\(.*\))?[,;]$/,
  }[lang];
  return body.flatMap((l) => {
    const m = member.exec(l);
    return m ? (m[1] ?? m[2] ?? []) : [];
  }).sort();
}

/**
 * The figures of one pair. `generate` and `loadInput` are dtogen's library functions; `corpus` the corpus folder;
 * `root` the checkout. Expected: the real file's declarations whose names the generated file also
 * could declare, that is the declarations of the model (library types the language leaves out
 * are not counted). Found: dtogen declares them. Identical: same text. Same members: same member names.
 * `names` lists the expected declarations that are missing, differ in text, or differ in members.
 */
export async function conformance(pair, { generate, loadInput, corpus, root }) {
  const input = path.resolve(root, pair.input.replace('{corpus}', corpus));
  const realFile = path.join(corpus, pair.real);
  if (!existsSync(realFile) || !existsSync(input)) return undefined;
  const real = declarations(readFileSync(realFile, 'utf8'), pair.lang);
  const { model } = await loadInput(input);
  const result = await generate({ model, lang: pair.lang, date: new Date(0), options: pair.options ?? {} });
  const ours = declarations(result.files.map((f) => f.content).join(''), pair.lang);
  const described = new Set(model.types.map((t) => t.name));
  const expected = [...real.keys()].filter((name) => ours.has(name) || described.has(name));
  const missing = expected.filter((name) => !ours.has(name));
  const otherText = expected.filter((name) => ours.has(name) && ours.get(name).text !== real.get(name).text);
  const otherMembers = expected.filter((name) => ours.has(name) && ours.get(name).members.join(',') !== real.get(name).members.join(','));
  const found = expected.length - missing.length;
  return {
    id: pair.id,
    expected: expected.length,
    found,
    identical: found - otherText.length,
    sameMembers: found - otherMembers.length,
    // Which declarations fall short, for `npm run conformance -- --names`.
    names: { missing, otherText, otherMembers },
  };
}
