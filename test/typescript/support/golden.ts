// Golden files: real files compared exactly. They are written only by `npx vitest run -u`; a
// missing golden fails the run instead of being created quietly.

import { existsSync } from 'node:fs';
import { expect } from 'vitest';

export async function expectGolden(content: string, file: string): Promise<void> {
  const updating = expect.getState().snapshotState.snapshotUpdateState === 'all';
  if (!updating && !existsSync(file)) throw new Error(`no golden file ${file}: run 'npx vitest run -u' and review the diff`);
  await expect(content).toMatchFileSnapshot(file);
}
