import { COMMON_OPTION_RUN, HIDDEN_OPTIONS } from '../../plan/common-options.js';
import { DOTTED_NAME, PYTHON_DATACLASS_ARGS, PYTHON_DATACLASS_JSON_ARGS, PYTHON_IMPORTS } from '../../plan/option-grammars.js';
import type { OptionDescriptor } from '../../plan/options.js';

/** The options of ServiceStack's `/types/python`, in the order its header lists them. */
export const PYTHON_OPTIONS = [
  { key: 'GlobalNamespace', type: 'string', grammar: DOTTED_NAME, default: '', description: 'Namespace of the generated module (a `# module` comment)' },
  ...COMMON_OPTION_RUN,
  {
    key: 'DefaultImports',
    type: 'string',
    grammar: PYTHON_IMPORTS,
    default:
      'datetime,decimal,marshmallow.fields:*,servicestack:*,typing:*,dataclasses:dataclass/field,dataclasses_json:dataclass_json/LetterCase/Undefined/config,enum:Enum/IntEnum',
    description: 'Imports at the top of the file (Python: module or module:Name/Name)',
  },
  { key: 'DataClass', type: 'string', grammar: PYTHON_DATACLASS_ARGS, default: '', description: 'Arguments of the @dataclass decorator' },
  { key: 'DataClassJson', type: 'string', grammar: PYTHON_DATACLASS_JSON_ARGS, default: '', description: 'Arguments of the @dataclass_json decorator' },
  ...HIDDEN_OPTIONS,
  // 8.91 reads it from the query string too (every field Optional, without a default value);
  // its header does not list it.
  { key: 'MakePropertiesOptional', type: 'boolean', default: false, hidden: true, description: 'Make every field Optional[...] = None (not only those that are not required)' },
] satisfies readonly OptionDescriptor[];
