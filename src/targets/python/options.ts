import { PYTHON_DATACLASS_ARGS, PYTHON_DATACLASS_JSON_ARGS, PYTHON_IMPORTS, TYPE_LIST, WHOLE_NUMBER } from '../../plan/option-grammars.js';
import type { OptionDescriptor } from '../../plan/options.js';

/** The options of ServiceStack's `/types/python`, in the order its header lists them. */
export const PYTHON_OPTIONS = [
  { key: 'GlobalNamespace', type: 'string', default: '', description: 'Namespace of the generated module (informational)' },
  { key: 'AddServiceStackTypes', type: 'boolean', default: true, description: 'Include the ServiceStack types the DTOs use' },
  { key: 'AddResponseStatus', type: 'boolean', default: false, description: 'Add a ResponseStatus property to every response DTO that lacks one' },
  { key: 'AddImplicitVersion', type: 'string', grammar: WHOLE_NUMBER, default: '', description: 'Add a Version property with this default to every request DTO' },
  { key: 'AddDescriptionAsComments', type: 'boolean', default: true, description: 'Write descriptions as comments (docstrings in Python)' },
  { key: 'IncludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Only these types (Name, Name.*, *.Name, Namespace/*, {tag})' },
  { key: 'ExcludeTypes', type: 'string', grammar: TYPE_LIST, default: '', description: 'Leave out these types' },
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
] as const satisfies readonly OptionDescriptor[];
