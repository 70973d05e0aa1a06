// Model → plan → one target's files: the step every command shares (generate, update, pages,
// the docs site). Options must already be checked (parseOptions).

import { loadTemplates } from '../emit/engine.js';
import type { Operation, MetadataModel, SourceLocation } from '../model/types.js';
import type { HeaderSettings } from '../plan/header.js';
import type { OptionValue } from '../plan/options.js';
import { buildPlan } from '../plan/plan.js';
import type { Target, TargetResult } from './target.js';

export interface RenderRequest {
  model: MetadataModel;
  operation?: Operation;
  /** Operation mode: at most this many types (the first the operation reaches); all by default. */
  maxTypes?: number;
  options?: ReadonlyMap<string, OptionValue>;
  /** Where each option was set, for the plan's warnings. */
  optionLocations?: ReadonlyMap<string, SourceLocation>;
  header?: HeaderSettings;
}

export function renderTarget(target: Target, request: RenderRequest): TargetResult {
  const plan = buildPlan({
    model: request.model,
    ...(request.operation ? { operation: request.operation } : {}),
    ...(request.maxTypes !== undefined ? { maxTypes: request.maxTypes } : {}),
    options: request.options ?? new Map(),
    ...(request.optionLocations ? { optionLocations: request.optionLocations } : {}),
    ...(request.header ? { header: request.header } : {}),
    policy: target.policy,
  });
  const result = target.render(plan, loadTemplates(target.templates));
  return plan.diagnostics.length === 0 ? result : { ...result, diagnostics: [...plan.diagnostics, ...result.diagnostics] };
}
