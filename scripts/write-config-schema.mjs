// `npm run schema`: writes schema/dtogen.config.schema.json from the built package, after a
// language or an option is added.
import { writeFileSync } from 'node:fs';
import { configSchemaText } from '../dist/config/schema.js';

writeFileSync(new URL('../schema/dtogen.config.schema.json', import.meta.url), configSchemaText());
console.log('schema/dtogen.config.schema.json written');
