import { COMMON_OPTION_RUN, DATA_CONTRACT_OPTIONS, HIDDEN_OPTIONS } from '../../plan/common-options.js';
import { DOTTED_NAME, TYPESCRIPT_IMPORTS, type OptionGrammar } from '../../plan/option-grammars.js';
import { TS_RESERVED_TYPE_NAMES } from './reserved.js';
import type { OptionDescriptor } from '../../plan/options.js';

const option = (descriptor: OptionDescriptor): OptionDescriptor => descriptor;

/** A namespace TypeScript can declare: a dotted name, no part a reserved word. */
const NAMESPACE: OptionGrammar = {
  expected: DOTTED_NAME.expected,
  accepts: (v) => DOTTED_NAME.accepts(v) && v.split('.').every((part) => !TS_RESERVED_TYPE_NAMES.has(part)),
};

/** ServiceStack's server-side TypeScriptGenerator.InsertTsNoCheck (on by default after 8.91, T2). */
const INSERT_TS_NO_CHECK = option({ key: 'InsertTsNoCheck', type: 'boolean', default: false, hidden: true, description: 'Write // @ts-nocheck above the declarations' });

/**
 * dtogen's own switch: classes that compile under the tsconfig `tsc --init` writes (strict, no
 * exceptions) and run under Node's type stripping. Hidden, so the default header stays ServiceStack's.
 */
const STRICT_CLASSES = option({ key: 'StrictClasses', type: 'boolean', default: false, hidden: true, description: 'Write classes that compile under a strict tsconfig and run under Node type stripping' });

/** `/types/typescript.d?ExportAsTypes=true` writes the classes `/types/typescript` writes (C2). */
const EXPORT_AS_TYPES = option({ key: 'ExportAsTypes', type: 'boolean', default: false, hidden: true, description: 'Write classes and enums, as typescript does, rather than declarations' });

const optionsWith = (makePropertiesOptional: boolean, extra: readonly OptionDescriptor[]) =>
  [
    { key: 'GlobalNamespace', type: 'string', grammar: NAMESPACE, default: '', description: 'Namespace of the generated module (informational)' },
    {
      key: 'MakePropertiesOptional',
      type: 'boolean',
      default: makePropertiesOptional,
      description: 'Mark every property optional (typescript: off, typescript-d: on)',
    },
    ...COMMON_OPTION_RUN,
    { key: 'DefaultImports', type: 'string', grammar: TYPESCRIPT_IMPORTS, default: '', description: 'Imports at the top of the file (Name/Name:module, comma separated)' },
    ...HIDDEN_OPTIONS,
    ...DATA_CONTRACT_OPTIONS,
    INSERT_TS_NO_CHECK,
    ...extra,
  ] satisfies readonly OptionDescriptor[];

/** The options of ServiceStack's `/types/typescript`, in the order its header lists them. */
export const TYPESCRIPT_OPTIONS = optionsWith(false, [STRICT_CLASSES]);

/** `/types/typescript.d` lists the same options; only MakePropertiesOptional defaults on. */
export const TYPESCRIPT_D_OPTIONS = optionsWith(true, [EXPORT_AS_TYPES]);
