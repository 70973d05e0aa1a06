// The generated lines a change alters, in each language a report is for: the declaration is
// rendered alone from each version's plan (the same plan and templates `generate` uses), and the
// lines that mention the changed member and differ between the two versions are the change.
// Rendering is lazy: only declarations with a breaking change are rendered.

import { loadTemplates } from '../emit/engine.js';
import type { MetadataModel } from '../model/types.js';
import type { OptionValue } from '../plan/options.js';
import { buildPlan, type DtoPlan, type PlannedDecl } from '../plan/plan.js';
import type { Target } from '../targets/target.js';
import type { CodeChange } from './api-change.js';

/** A language a report is for, with the generator options its output uses. */
export interface ReportLanguage {
  target: Target;
  options: ReadonlyMap<string, OptionValue>;
}

/** Where a change shows in generated code: a declaration, and the lines of it that name a member or hold a text. */
export interface CodeSite {
  typeId: string;
  member?: string;
  text?: string;
}

export type CodeLines = (site: CodeSite) => CodeChange[];

export function codeLines(before: MetadataModel, after: MetadataModel, languages: readonly ReportLanguage[]): CodeLines {
  const renderers = languages.map((language) => ({ lang: language.target.id, before: declarationRenderer(before, language), after: declarationRenderer(after, language) }));
  return (site) =>
    renderers.flatMap(({ lang, before: old, after: next }) => {
      const wanted = (line: string) => (site.member !== undefined ? mentions(line, site.member) : site.text !== undefined ? line.includes(site.text) : true);
      const oldLines = old(site.typeId).filter(wanted);
      const newLines = next(site.typeId).filter(wanted);
      const removed = without(oldLines, newLines);
      const added = without(newLines, oldLines);
      return removed.length === 0 && added.length === 0 ? [] : [{ lang, removed, added }];
    });
}

/** The lines of one declaration as the language renders it (without the file header); none when the version lacks it. */
function declarationRenderer(model: MetadataModel, language: ReportLanguage): (typeId: string) => string[] {
  let plan: { base: DtoPlan; byId: Map<string, PlannedDecl>; preamble: string[] } | undefined;
  const cache = new Map<string, string[]>();
  return (typeId) => {
    plan ??= planOf(model, language.target, language.options);
    let lines = cache.get(typeId);
    if (!lines) {
      const decl = plan.byId.get(typeId);
      lines = decl ? without(renderLines(plan.base, [decl], language.target), plan.preamble) : [];
      cache.set(typeId, lines);
    }
    return lines;
  };
}

function planOf(model: MetadataModel, target: Target, options: ReadonlyMap<string, OptionValue>) {
  const { header: _header, ...base } = buildPlan({ model, options, policy: target.policy });
  // What a file holds whatever its declarations (imports, namespace lines): not part of any declaration.
  const preamble = renderLines(base, [], target);
  return { base, byId: new Map(base.declarations.map((d) => [d.decl.id, d])), preamble };
}

function renderLines(plan: DtoPlan, declarations: PlannedDecl[], target: Target): string[] {
  const files = target.render({ ...plan, declarations }, loadTemplates(target.templates)).files;
  return files.flatMap((f) => f.content.split('\n')).filter((line) => line.trim() !== '');
}

/** The line names `member` in any casing a language gives it (`AppUserId`, `appUserId`, `app_user_id`, `` `default` ``). */
function mentions(line: string, member: string): boolean {
  const wanted = normalised(member);
  return (line.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).some((word) => normalised(word) === wanted);
}

function normalised(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** `lines` without one occurrence of each line of `other`, in order. */
function without(lines: readonly string[], other: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
  return lines.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n === 0) return true;
    left.set(line, n - 1);
    return false;
  });
}
