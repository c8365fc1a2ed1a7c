import { describe, expect, it } from 'vitest';
import {
  cancelOnSignals,
  cancellationOf,
  describeCancelledRun,
  RunCancelledError,
} from '../../src/engine/cancellation.js';
import type { FileResult } from '../../src/engine/results.js';

const result = (source: string, status: FileResult['status']): FileResult => {
  const base = { source, seconds: 0, warnings: [] };
  if (status === 'written' || status === 'unchanged')
    return { ...base, status, pdf: `/w/pdf/${source}.pdf`, pages: 1, bytes: 1000 };
  if (status === 'failed') return { ...base, status, error: { message: 'could not be read' } };
  return { ...base, status };
};

describe('cancelOnSignals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s aborts the signal, with exit code %i as the reason', (name, code) => {
    const cancellation = cancelOnSignals();
    try {
      expect(cancellationOf(cancellation.signal)).toBeUndefined();
      process.emit(name);
      const cancelled = cancellationOf(cancellation.signal);
      expect(cancelled).toBeInstanceOf(RunCancelledError);
      expect([cancelled!.signalName, cancelled!.exitCode]).toEqual([name, code]);
    } finally {
      cancellation.dispose();
    }
    expect(process.listenerCount(name)).toBe(0);
  });
});

describe('describeCancelledRun', () => {
  it('counts what was written out of everything selected, refused files among the failed', () => {
    const results = [
      result('a.md', 'written'),
      result('b.md', 'unchanged'),
      result('c.md', 'failed'),
      result('d.md', 'cancelled'),
      result('e.md', 'written'),
    ];
    expect(describeCancelledRun(new RunCancelledError('SIGTERM'), results, 1)).toBe(
      'cancelled (SIGTERM): 2 of 6 written, 1 unchanged, 2 failed',
    );
    expect(describeCancelledRun(new RunCancelledError('SIGINT'), [result('a.md', 'cancelled')], 0)).toBe(
      'cancelled (SIGINT): 0 of 1 written',
    );
  });
});
