// The options of ServiceStack's Java and Kotlin generators that neither of the other languages
// has. Each language lists them, with the common ones, in the order its header prints them.

import { CLASS_NAME, DOTTED_NAME, listItems, type OptionGrammar } from '../../plan/option-grammars.js';
import type { OptionDescriptor } from '../../plan/options.js';

/** JVM DefaultImports: packages (`java.util.*`) or classes (`java.io.InputStream`), comma separated. */
export const JVM_IMPORTS: OptionGrammar = {
  expected: 'Java imports such as java.util.*,java.io.InputStream',
  accepts: (v) => listItems(v).length > 0 && v.split(',').every((s) => /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(\.\*)?$/.test(s.trim())),
};

const option = (descriptor: OptionDescriptor): OptionDescriptor => descriptor;

export const JVM_OPTIONS = {
  Package: option({ key: 'Package', type: 'string', grammar: DOTTED_NAME, default: '', description: 'The package of the generated file (`package com.example.dtos`)' }),
  GlobalNamespace: option({ key: 'GlobalNamespace', type: 'string', grammar: CLASS_NAME, default: 'dtos', description: 'The class that holds every DTO (the file must be named after it)' }),
  AddPropertyAccessors: option({ key: 'AddPropertyAccessors', type: 'boolean', default: true, description: 'Add a getter and a setter for every field' }),
  SettersReturnThis: option({ key: 'SettersReturnThis', type: 'boolean', default: true, description: 'Setters return the DTO, for chaining' }),
  TreatTypesAsStrings: option({ key: 'TreatTypesAsStrings', type: 'string', grammar: { expected: 'type names, comma separated', accepts: (v) => v.split(',').every((s) => /^\s*[A-Za-z_]\w*\s*$/.test(s)) }, default: '', description: 'Types sent as strings (comma-separated names)' }),
  DefaultImports: option({ key: 'DefaultImports', type: 'string', grammar: JVM_IMPORTS, default: '', description: 'Imports at the top of the file (default: the client, java.math, java.util and, when used, Gson)' }),
  // A server-side switch in ServiceStack (JavaGenerator.AddGsonImport): always import Gson's packages.
  AddGsonImport: option({ key: 'AddGsonImport', type: 'boolean', default: false, hidden: true, description: "Always import Gson's annotations and reflection packages" }),
} as const;
