// The watch scheduler with a run function the test controls: runs never overlap, and changes
// during a run queue exactly one more.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunQueue } from '../../src/workflow/run-queue.js';

/** A run function whose runs end when the test says so. */
function controlledRuns() {
  const state = { started: 0, active: 0, mostActive: 0, finish: [] as (() => void)[] };
  const run = () =>
    new Promise<void>((resolve) => {
      state.started++;
      state.active++;
      state.mostActive = Math.max(state.mostActive, state.active);
      state.finish.push(() => {
        state.active--;
        resolve();
      });
    });
  return { state, run };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('RunQueue', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('makes one run of a burst of changes', async () => {
    const { state, run } = controlledRuns();
    const queue = new RunQueue(run, 25);
    for (let i = 0; i < 10; i++) {
      queue.trigger();
      vi.advanceTimersByTime(10);
    }
    expect(state.started).toBe(0);
    vi.advanceTimersByTime(25);
    expect(state.started).toBe(1);
    state.finish[0]?.();
    await settle();
    expect(state.started).toBe(1);
  });

  it('queues exactly one more run for any number of changes during a run, never two at once', async () => {
    const { state, run } = controlledRuns();
    const queue = new RunQueue(run, 25);
    queue.start();
    expect(state.started).toBe(1);
    for (let i = 0; i < 3; i++) {
      queue.trigger();
      vi.advanceTimersByTime(30);
    }
    expect(state.started).toBe(1);
    state.finish[0]?.();
    await settle();
    expect(state.started).toBe(2);
    state.finish[1]?.();
    await settle();
    expect(state.started).toBe(2);
    expect(state.mostActive).toBe(1);
  });

  it('stops: waits for the run in progress and starts no other', async () => {
    const { state, run } = controlledRuns();
    const queue = new RunQueue(run, 25);
    queue.start();
    queue.trigger();
    vi.advanceTimersByTime(30);
    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    state.finish[0]?.();
    await stopping;
    queue.trigger();
    vi.advanceTimersByTime(30);
    expect(state.started).toBe(1);
  });
});
