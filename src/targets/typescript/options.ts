import { DOTTED_NAME, TYPE_LIST, TYPESCRIPT_IMPORTS, WHOLE_NUMBER, type OptionGrammar } from '../../plan/option-grammars.js';
import { TS_RESERVED_TYPE_NAMES } from './reserved.js';
import type { OptionDescriptor } from '../../plan/options.js';

/** A namespace TypeScript can declare: a dotted name, no part a reserved word. */
const NAMESPACE: OptionGrammar = {
  expected: DOTTED_NAME.expected,
  accepts: (v) => DOTTED_NAME.accepts(v) && v.split('.').every((part) => !TS_RESERVED_TYPE_NAMES.has(part)),
};

const optionsWith = (makePropertiesOptional: boolean) =>
  [
    { key: 'GlobalNamespace', type: 'string', grammar: NAMESPACE, default: '', description: 'Namespace of the generated module (informational)' },
    {
      key: 'MakePropertiesOptional',
      type: 'boolean',
      default: makePropertiesOptional,
      description: 'Mark every property optional (typescript: off, typescript-d: on)',
    },
    { key: 'AddServiceStackTypes', type: 'boolean', default: true, description: 'Include the ServiceStack types the DTOs use' },
    { key: 'AddResponseStatus', type: 'boolean', default: false, description: 'Add a responseStatus property to every response DTO' },
    { key: 'AddImplicitVersion', type: 'string', grammar: WHOLE_NUMBER, default: '', description: 'Add a version property with this default to every request DTO' },
    { key: 'AddDescriptionAsComments', type: 'boolean', default: true, description: 'Write descriptions as /** @description */ comments' },
    { key: 'IncludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Only these types (Name, Name.*, *.Name, Namespace/*, {tag})' },
    { key: 'ExcludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Leave out these types' },
    { key: 'DefaultImports', type: 'string', grammar: TYPESCRIPT_IMPORTS, default: '', description: 'Imports at the top of the file (Name/Name:module, comma separated)' },
  ] as const satisfies readonly OptionDescriptor[];

/** The options of ServiceStack's `/types/typescript`, in the order its header lists them. */
export const TYPESCRIPT_OPTIONS = optionsWith(false);

/** `/types/typescript.d` lists the same options; only MakePropertiesOptional defaults on. */
export const TYPESCRIPT_D_OPTIONS = optionsWith(true);
