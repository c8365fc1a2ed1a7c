import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { afterGrace } from '../../src/engine/cancel-grace.js';
import {
  pendingTemporaryFiles,
  releaseTemporaryFile,
  removeTemporaryFilesSync,
  trackTemporaryFile,
} from '../../src/shared/temporary-files.js';
import { writeFileAtomic } from '../../src/shared/write-file.js';
import { tempDir } from '../helpers/render.js';

const root = tempDir('temporary');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('temporary files', () => {
  it('a tracked one is removed synchronously by removeTemporaryFilesSync (what exit and a second signal do)', () => {
    const kept = path.join(root, 'kept.pdf.1.aa.tmp');
    const dropped = path.join(root, 'dropped.pdf.1.bb.tmp');
    fs.writeFileSync(kept, 'renamed into place meanwhile');
    fs.writeFileSync(dropped, 'half a PDF');
    trackTemporaryFile(kept);
    trackTemporaryFile(dropped);
    releaseTemporaryFile(kept);
    expect(pendingTemporaryFiles()).toEqual([dropped]);
    removeTemporaryFilesSync();
    expect(fs.existsSync(dropped)).toBe(false);
    // Released means no longer ours (it was renamed to the PDF): never touched.
    expect(fs.existsSync(kept)).toBe(true);
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('writeFileAtomic releases its temporary file whether the write succeeds or fails', async () => {
    await writeFileAtomic(path.join(root, 'out/a.pdf'), Buffer.from('%PDF-'), root);
    expect(pendingTemporaryFiles()).toEqual([]);
    // A folder where the PDF should go: the rename fails, the temporary file is removed and released.
    fs.mkdirSync(path.join(root, 'out/b.pdf/inner'), { recursive: true });
    await expect(writeFileAtomic(path.join(root, 'out/b.pdf'), Buffer.from('%PDF-'), root)).rejects.toThrow();
    expect(pendingTemporaryFiles()).toEqual([]);
    expect(fs.readdirSync(path.join(root, 'out')).sort()).toEqual(['a.pdf', 'b.pdf']);
  });
});

describe('afterGrace', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls stop only once the grace after the abort is over, and not at all once forgotten', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let stopped = 0;
    afterGrace(controller.signal, 1500, () => stopped++);
    vi.advanceTimersByTime(10_000);
    expect(stopped).toBe(0);
    controller.abort();
    vi.advanceTimersByTime(1499);
    expect(stopped).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stopped).toBe(1);

    const forgotten = new AbortController();
    const forget = afterGrace(forgotten.signal, 1500, () => stopped++);
    forget();
    forgotten.abort();
    vi.advanceTimersByTime(10_000);
    expect(stopped).toBe(1);
  });

  it('counts the grace from now when the signal has already aborted', () => {
    vi.useFakeTimers();
    let stopped = 0;
    afterGrace(AbortSignal.abort(), 1500, () => stopped++);
    vi.advanceTimersByTime(1499);
    expect(stopped).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stopped).toBe(1);
  });
});
