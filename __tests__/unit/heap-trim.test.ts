import { constants, PerformanceObserver } from 'node:perf_hooks';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fullCollectionEvery } from '../../src/engine/heap-trim.js';

/** Counts V8's full (mark-compact) collections while `run` runs. */
async function fullCollectionsDuring(run: () => void): Promise<number> {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { kind } = (entry as PerformanceEntry & { detail: { kind: number } }).detail;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) count++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  run();
  // GC entries are delivered from a later task.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return count;
}

describe('fullCollectionEvery', () => {
  it('runs a full garbage collection on every nth finished document', async () => {
    const documentDone = fullCollectionEvery(3);
    const collections = [];
    for (let document = 1; document <= 6; document++)
      collections.push(await fullCollectionsDuring(documentDone));
    // The 3rd and 6th documents collect. The others are not asserted on: V8 may collect on its own.
    expect(collections[2]).toBeGreaterThanOrEqual(1);
    expect(collections[5]).toBeGreaterThanOrEqual(1);
  });

  it('leaves no gc() in the contexts made after it', () => {
    fullCollectionEvery(1)();
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
