// Vitest's global setup: the renderer imports the compiled templates (src/emit/compiled/), which
// `npm run build` makes; the tests make them too, so that they never run against stale ones.

import { compileTemplates } from '../../scripts/compile-templates.mjs';

export default function setup(): void {
  compileTemplates();
}
