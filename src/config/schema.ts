// The JSON Schema of dtogen.config.json, built from the language registry so that editors
// complete every language and each language's own options. `npm run schema` writes it to
// schema/dtogen.config.schema.json, the file the package ships; a test keeps that file current.

import { TARGETS } from '../targets/index.js';
import type { OptionDescriptor, Target } from '../targets/target.js';

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dtogen configuration',
    description: 'The outputs `dtogen generate` writes when run without an input.',
    type: 'object',
    additionalProperties: false,
    required: ['outputs'],
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors.' },
      allowOutputsOutside: { type: 'boolean', default: false, description: "Allow outputs outside this file's folder (refused by default)." },
      outputs: {
        type: 'array',
        minItems: 1,
        description: 'Each entry generates one input (or each file a glob matches) in one language.',
        items: { $ref: '#/definitions/output' },
      },
    },
    definitions: {
      output: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'lang', 'out'],
        properties: {
          input: {
            type: 'string',
            minLength: 1,
            description:
              'Metadata JSON file (/metadata/app.json or /types/metadata), a glob of such files (*, **, ?, {a,b}), or a ServiceStack base URL. Relative to this file.',
          },
          lang: { enum: TARGETS.flatMap(names), description: `Target language: its name or short name (${TARGETS.flatMap((t) => t.aliases ?? []).join(', ')}).` },
          out: {
            type: 'string',
            minLength: 1,
            description: 'Output file, relative to this file. {name} stands for the input file name without extension (needed when a glob matches several files).',
          },
          options: { type: 'object', description: 'Generator options, as the file header names them.' },
          op: { type: 'string', minLength: 1, description: "Operation mode: only this operation's types, as its metadata page shows them." },
          prettier: { type: 'boolean', description: "Format the output with prettier, configured as prettier's CLI would be for the output file." },
          headers: {
            type: 'object',
            additionalProperties: { type: 'string' },
            description: 'HTTP headers for a URL input (Authorization, an API key); ${NAME} is replaced by that environment variable. Sent, never written into the output.',
          },
        },
        // Each language accepts its own options only.
        allOf: TARGETS.map((t) => ({
          if: { properties: { lang: { enum: names(t) } }, required: ['lang'] },
          then: { properties: { options: optionsSchema(t.policy.options) } },
        })),
      },
    },
  };
}

/** The names a config's `lang` takes for a target: its id, then its aliases. */
function names(target: Target): string[] {
  return [target.id, ...(target.aliases ?? [])];
}

function optionsSchema(options: readonly OptionDescriptor[]): object {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      options.map((o) => [o.key, { type: o.type, default: o.default, description: o.description }]),
    ),
  };
}

/** The schema file's exact text. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
