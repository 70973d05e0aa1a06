// The DTO plan: everything ServiceStack decides the same way for every language, decided once.
// A target supplies its policy (options, library types, order, naming) and renders the plan with
// its own view; it re-derives none of this.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { orderByDependencies, requestsFirst } from '../model/passes/order.js';
import type { Attribute, ClassDecl, MetadataModel, Operation, Property, SourceLocation, TypeDecl, TypeRef } from '../model/types.js';
import { collectionInit, mayInitialiseCollections, type CollectionInit } from './collections.js';
import { planHeader, type HeaderPlan, type HeaderSettings } from './header.js';
import { typeNames } from './names.js';
import { ResolvedOptions, type OptionValue } from './options.js';
import type { TargetPolicy } from './policy.js';
import { requestPlans, responseIds, type RequestPlan } from './requests.js';
import { operationSelection, wholeFileSelection, type MarkerId } from './selection.js';

export interface PlanRequest {
  model: MetadataModel;
  /** Operation mode: only this operation's types, as its metadata page shows them. */
  operation?: Operation;
  /** Operation mode: at most this many types (the first the operation reaches); all by default. */
  maxTypes?: number;
  /** The options the user set, already checked (see parseOptions). */
  options: ReadonlyMap<string, OptionValue>;
  /** Where each option was set (a flag, a config pointer, a header line), by key: warnings point there. */
  optionLocations?: ReadonlyMap<string, SourceLocation>;
  /** What the header records (whole files; without it the date is now). */
  header?: HeaderSettings;
  policy: TargetPolicy;
}

export interface DtoPlan {
  model: MetadataModel;
  /** True for a whole file; false for an operation's page. */
  wholeFile: boolean;
  options: ResolvedOptions;
  /** Whole files only. */
  header?: HeaderPlan;
  /** In output order. */
  declarations: PlannedDecl[];
  /** The identifier of every declaration of the model, by id (references print these). */
  names: ReadonlyMap<string, string>;
  /** Markers the file must declare itself: its requests use them, the model lacks them. */
  missingMarkers: MarkerId[];
  /** Warnings about the options (an IncludeTypes pattern that selects nothing); the output is made regardless. */
  diagnostics: Diagnostic[];
  /** Where each option was set, for a target's own diagnostics about them. */
  optionLocations?: ReadonlyMap<string, SourceLocation>;
}

export interface PlannedDecl {
  decl: TypeDecl;
  /** The identifier. */
  name: string;
  /** Present on whole files' request types. */
  request?: RequestPlan;
  isResponse: boolean;
  /** AddImplicitVersion: the version property's default, on requests that lack one. */
  implicitVersion?: number;
  /** AddResponseStatus: a ResponseStatus property on responses that lack one. */
  addResponseStatus: boolean;
  /** The attributes every generator re-emits as comments. */
  attributes: Attribute[];
  /** The description to print as a comment (AddDescriptionAsComments), when there is one. */
  description?: string;
  properties: PlannedProperty[];
}

export interface PlannedProperty {
  property: Property;
  /** The identifier (the JSON key is `property.wireName`). */
  name: string;
  /** The collection starts out empty (see collections.ts). */
  initialise?: CollectionInit;
  attributes: Attribute[];
  description?: string;
}

/** Serialisation details every generator prints from the model's own fields (DataContract, DataMember) or not at all (Route). */
const UNPRINTED_ATTRIBUTES: ReadonlySet<string> = new Set(['DataContract', 'DataMember', 'Route']);

export function buildPlan(request: PlanRequest): DtoPlan {
  const { model, operation, policy } = request;
  const wholeFile = operation === undefined;
  const options = new ResolvedOptions(policy.options, request.options, wholeFile ? new Map() : policy.operationDefaults);
  const requests: ReadonlyMap<string, RequestPlan> = wholeFile ? requestPlans(model, options.value('AddReturnMarker') !== false) : new Map<string, RequestPlan>();
  const selection = operation ? operationSelection(model, operation, policy, request.maxTypes) : wholeFileSelection(model, options, policy, requests);

  const describe = options.value('AddDescriptionAsComments') !== false;
  const comment = (text: string | undefined) => (describe && text !== undefined && text.trim() !== '' ? { description: text } : {});
  const responses = responseIds(model);
  const version = wholeFile ? options.number('AddImplicitVersion') : undefined;
  const addResponseStatus = wholeFile && options.flag('AddResponseStatus');
  const names = typeNames(model.types, policy.naming);

  const initializeAll = options.flag('InitializeCollections');
  const declarations = order(model, selection.types, policy, requests, wholeFile).map((decl): PlannedDecl => {
    const requestPlan = requests.get(decl.id);
    const properties = decl.kind === 'enum' ? [] : decl.properties;
    const mayInitialise = decl.kind !== 'enum' && mayInitialiseCollections(decl);
    const has = (name: string) => properties.some((p) => p.name === name);
    const isResponse = responses.has(decl.id);
    return {
      decl,
      name: names.get(decl.id) ?? decl.name,
      ...(requestPlan ? { request: requestPlan } : {}),
      isResponse,
      ...(requestPlan && version !== undefined && !has('Version') ? { implicitVersion: version } : {}),
      // A request that is also a response is generated as a request (ServiceStack's IsRequest wins).
      addResponseStatus: addResponseStatus && isResponse && !requestPlan && !has('ResponseStatus'),
      attributes: printed(decl.attributes),
      ...comment(decl.description),
      properties: properties.map((p) => {
        const initialise = mayInitialise ? collectionInit(p, initializeAll) : undefined;
        return { property: p, name: policy.naming.propertyName(p, model.service.textCase), ...(initialise ? { initialise } : {}), attributes: printed(p.attributes), ...comment(p.description) };
      }),
    };
  });

  return {
    model,
    wholeFile,
    options,
    ...(wholeFile ? { header: planHeader(model, options, request.header ?? { date: new Date() }) } : {}),
    declarations,
    names,
    missingMarkers: selection.missingMarkers,
    diagnostics: selection.unmatched.map((u) => diagnostic('unmatched-type-pattern', u, request.optionLocations?.get(u.option))),
    ...(request.optionLocations ? { optionLocations: request.optionLocations } : {}),
  };
}

function printed(attributes: readonly Attribute[]): Attribute[] {
  return attributes.filter((a) => !UNPRINTED_ATTRIBUTES.has(a.name));
}

function order(model: MetadataModel, types: TypeDecl[], policy: TargetPolicy, requests: ReadonlyMap<string, RequestPlan>, wholeFile: boolean): TypeDecl[] {
  // Operation pages keep the order the operation reaches its types in.
  if (policy.order === 'requests-first') return wholeFile ? requestsFirst(model, types) : types;
  // Each type after what it uses, its IReturn<T> included (and, where interfaces are base classes, those).
  const extraDependencies = new Map<string, TypeRef[]>();
  for (const t of types) {
    const marker = requests.get(t.id)?.marker;
    const extra = [...(marker?.kind === 'type' ? [marker.type] : []), ...(policy.interfacesAreBases && t.kind !== 'enum' ? (t as ClassDecl).implements : [])];
    if (extra.length > 0) extraDependencies.set(t.id, extra);
  }
  return orderByDependencies(model, { types, extraDependencies });
}
