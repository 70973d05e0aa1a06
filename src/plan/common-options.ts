// The options every language's header lists, as ServiceStack describes them: defined once, placed
// by each language in the order its own header prints them.

import { TYPE_LIST, WHOLE_NUMBER } from './option-grammars.js';
import type { OptionDescriptor } from './options.js';

const option = (descriptor: OptionDescriptor): OptionDescriptor => descriptor;

export const COMMON_OPTIONS = {
  AddServiceStackTypes: option({ key: 'AddServiceStackTypes', type: 'boolean', default: true, description: 'Include the ServiceStack types the DTOs use' }),
  AddResponseStatus: option({ key: 'AddResponseStatus', type: 'boolean', default: false, description: 'Add a ResponseStatus property to every response DTO that lacks one' }),
  AddImplicitVersion: option({ key: 'AddImplicitVersion', type: 'string', grammar: WHOLE_NUMBER, default: '', description: 'Add a Version property with this default to every request DTO' }),
  AddDescriptionAsComments: option({ key: 'AddDescriptionAsComments', type: 'boolean', default: true, description: 'Write descriptions as comments' }),
  IncludeTypes: option({ key: 'IncludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Only these types (Name, Name.*, *.Name, Namespace/*, {tag})' }),
  ExcludeTypes: option({ key: 'ExcludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Leave out these types' }),
  // Honoured from a query string or an added header line, not listed in the header.
  AddReturnMarker: option({ key: 'AddReturnMarker', type: 'boolean', default: true, hidden: true, description: 'Mark requests with IReturn<Response> from their response type (off: only a declared return type or IReturnVoid)' }),
  InitializeCollections: option({ key: 'InitializeCollections', type: 'boolean', default: false, hidden: true, description: 'Give every collection property an empty default (not only required ones)' }),
  ExportValueTypes: option({ key: 'ExportValueTypes', type: 'boolean', default: false, hidden: true, description: 'Write the names of structs the metadata does not describe, rather than a string type' }),
  AddDataContractAttributes: option({ key: 'AddDataContractAttributes', type: 'boolean', default: false, hidden: true, description: 'Write // @DataContract() and // @DataMember() comments where the metadata has none' }),
  AddIndexesToDataMembers: option({ key: 'AddIndexesToDataMembers', type: 'boolean', default: false, hidden: true, description: 'Give every // @DataMember comment an Order (its position when the metadata has none)' }),
} as const;

/** The options that ServiceStack honours without listing them, for languages whose header has neither. */
export const HIDDEN_OPTIONS: readonly OptionDescriptor[] = [COMMON_OPTIONS.AddReturnMarker, COMMON_OPTIONS.InitializeCollections, COMMON_OPTIONS.ExportValueTypes];

/** The hidden options of the languages that write DataContract comments (Swift, TypeScript; Python leaves them out). */
export const DATA_CONTRACT_OPTIONS: readonly OptionDescriptor[] = [COMMON_OPTIONS.AddDataContractAttributes, COMMON_OPTIONS.AddIndexesToDataMembers];

/** The run of these options that most headers (Python's, TypeScript's) print in this order. */
export const COMMON_OPTION_RUN: readonly OptionDescriptor[] = [
  COMMON_OPTIONS.AddServiceStackTypes,
  COMMON_OPTIONS.AddResponseStatus,
  COMMON_OPTIONS.AddImplicitVersion,
  COMMON_OPTIONS.AddDescriptionAsComments,
  COMMON_OPTIONS.IncludeTypes,
  COMMON_OPTIONS.ExcludeTypes,
];
