// The template compiler, construct by construct: each small template renders what Handlebars
// renders with dtogen's options, and a construct it does not support is refused at build time.

import { describe, expect, it } from 'vitest';
import { compileFolder } from '../../scripts/template-compiler.mjs';
import * as runtime from '../../src/emit/template-runtime.js';
import { referenceRender } from '../support/handlebars-reference.js';

type Compiled = Record<string, (view: unknown) => string>;

function compiled(name: string, source: string, partials: Record<string, string>): Compiled {
  const body = compileFolder({ templates: [{ name, source }], partials: Object.entries(partials).map(([n, s]) => ({ name: n, source: s })) });
  return (new Function('rt', body) as (rt: typeof runtime) => { templates: Compiled })(runtime).templates;
}

/** Both renderings, or both errors' messages. */
function both(name: string, source: string, view: unknown, partials: Record<string, string> = {}) {
  const attempt = (render: () => string) => {
    try {
      return render();
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  return { compiled: attempt(() => compiled(name, source, partials)[name]!(view)), handlebars: attempt(() => referenceRender(name, source, partials, view)) };
}

const CASES: { what: string; source: string; view: unknown; partials?: Record<string, string>; name?: string }[] = [
  { what: 'text and values', source: 'a {{x}} b {{{y}}} {{n}} {{t}} {{f}} {{z}}\n', view: { x: 'X', y: '<y>', n: 0, t: true, f: false, z: null } },
  { what: 'nested paths and this', source: '{{a.b.c}} {{#each list}}[{{this}}|{{.}}]{{/each}}', view: { a: { b: { c: 'deep' } }, list: ['p', 'q'] } },
  { what: 'code templates do not escape', source: '{{x}} {{{x}}}', view: { x: `<a href="x">&'\`=</a>` } },
  { what: 'HTML templates escape {{}} but not {{{}}}', name: 'page.html', source: '{{x}} {{{x}}} {{n}} {{f}}', view: { x: `<a href="x">&'\`=</a>`, n: 3, f: false } },
  { what: 'if, else and falsy values', source: '{{#if a}}A{{else}}not A{{/if}}{{#if b}}B{{/if}}{{#if c}}C{{else}}no C{{/if}}{{#if d}}D{{else}}no D{{/if}}{{#if e.length}}E{{/if}}', view: { a: 1, b: 0, c: [], d: '', e: [1] } },
  { what: 'unless', source: '{{#unless a}}not a{{else}}a{{/unless}}|{{#unless b}}not b{{/unless}}', view: { a: true, b: [] } },
  { what: 'else if chains', source: '{{#if a}}A{{else if b}}B{{else}}C{{/if}}', view: { a: false, b: true } },
  { what: 'each over a list with @data', source: '{{#each xs}}{{@index}}:{{this}}{{#if @first}}(first){{/if}}{{#unless @last}}, {{/unless}}{{/each}}', view: { xs: ['a', 'b', 'c'] } },
  { what: 'each over an object', source: '{{#each o}}{{@key}}={{this}}{{#if @last}}.{{/if}} {{/each}}', view: { o: { one: 1, two: 2 } } },
  { what: 'each over nothing takes else', source: '{{#each xs}}x{{else}}empty{{/each}}|{{#each missing}}x{{else}}none{{/each}}', view: { xs: [] } },
  { what: 'parent paths', source: '{{#each xs}}{{#each ys}}{{this}}{{../name}}{{../../top}}{{/each}}{{/each}}', view: { top: 'T', xs: [{ name: 'n1', ys: [1, 2] }, { name: 'n2', ys: [3] }] } },
  { what: 'parent path inside if', source: '{{#each xs}}{{#if ../flag}}[{{this}}]{{/if}}{{/each}}', view: { flag: true, xs: ['a'] } },
  { what: '@root', source: '{{#each xs}}{{@root.r}}{{/each}}', view: { r: 'R', xs: [1, 2] } },
  { what: 'standalone lines vanish', source: 'start\n{{#if a}}\n  inside\n{{else}}\n  other\n{{/if}}\n{{#each xs}}\n- {{this}}\n{{/each}}\n  {{!-- a comment --}}\nend\n', view: { a: true, xs: [1, 2] } },
  { what: 'partials: context, hash, none', source: '{{> p}}|{{> p sub}}|{{> p v="hash"}}|{{> p sub v=x}}', view: { v: 'top', x: 'X', sub: { v: 'sub' } }, partials: { p: '<{{v}}>' } },
  { what: 'a standalone partial indents every line', source: 'a\n  {{> block}}\nb\n', view: { lines: ['one', '', 'two'] }, partials: { block: '{{#each lines}}\n{{this}}\n{{/each}}\n', } },
  { what: 'nested indented partials', source: '{{#each xs}}\n    {{> outer}}\n{{/each}}\n', view: { xs: [{ n: 1 }, { n: 2 }] }, partials: { outer: 'o{{n}}\n  {{> inner}}\n', inner: 'i{{n}}\ni2\n' } },
  { what: 'a partial named by the view', source: '{{#each items}}{{> (lookup . "partial") }}{{/each}}', view: { items: [{ partial: 'a', v: 1 }, { partial: 'b', v: 2 }] }, partials: { a: 'A{{v}}', b: 'B{{v}}' } },
  { what: 'a partial escapes by its own name', source: '{{> cell.html}}{{> code}}', view: { x: '<b>' }, partials: { 'cell.html': '{{x}}', code: '{{x}}' } },
  { what: 'a partial sees @data', source: '{{#each xs}}{{> p}}{{/each}}', view: { xs: ['a', 'b'] }, partials: { p: '{{@index}}{{this}}{{#unless @last}},{{/unless}}' } },
  { what: 'strict: a missing value is an error', source: 'x {{missing}}', view: {} },
  { what: 'strict: a missing helper argument is not', source: '{{#if missing}}yes{{else}}no{{/if}}{{#each nothing}}x{{/each}}', view: {} },
  { what: 'an unknown partial is an error', source: '{{> (lookup . "p")}}', view: { p: 'nope' } },
  { what: 'inherited properties are not seen', source: '[{{#if constructor}}c{{/if}}]', view: {} },
];

describe('template compiler', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const { compiled: ours, handlebars } = both(c.name ?? 'file', c.source, c.view, c.partials);
      expect(ours).toBe(handlebars);
    });
  }

  it.each([
    ['{{#with a}}x{{/with}}', 'the block {{#with}}'],
    ['{{lookup a "b"}}', 'the helper call {{lookup …}}'],
    ['{{#each xs as |x|}}{{x}}{{/each}}', 'block parameters'],
    ['{{#if a b}}x{{/if}}', '{{#if}} without exactly one argument'],
    ['{{#> layout}}x{{/layout}}', 'PartialBlockStatement'],
  ])('refuses %s with its place', (source, what) => {
    expect(() => compiled('file', source, {})).toThrow(`file.hbs:1:1: ${what} is not supported by the template compiler`);
  });
});
