import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/shared/errors.js';
import { decodeSource, formatSize, readSource } from '../../src/engine/read-source.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(Buffer.from('\ufeff# Café\n'))).toEqual({ text: '# Café\n', warnings: [] });
  });

  it('replaces invalid bytes with U+FFFD and warns at the first bad line', () => {
    const result = decodeSource(Buffer.from('# ok\n\nfine\nbad \xff\x80\n', 'latin1'));
    expect(result.text).toBe('# ok\n\nfine\nbad \ufffd\ufffd\n');
    expect(result.warnings).toEqual([
      {
        message: 'the file is not valid UTF-8; invalid bytes were replaced with �. Save it as UTF-8',
        line: 4,
      },
    ]);
  });

  it('refuses binary content (NUL bytes) with its line and what to do', () => {
    const error = (() => {
      try {
        decodeSource(Buffer.from('# title\nline two\n\0\0junk'));
      } catch (e) {
        return e;
      }
    })() as DocumentError;
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'this is a binary file, not Markdown text (it contains NUL bytes); exclude it with a ! pattern',
    );
  });
});

describe('formatSize', () => {
  it('writes sizes the way people read them', () => {
    expect(formatSize(300)).toBe('300 B');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('readSource', () => {
  it('reads a file within the limit', async () => {
    fs.writeFileSync(path.join(dir, 'ok.md'), '# ok\n');
    expect(await readSource(path.join(dir, 'ok.md'), 100)).toEqual({ text: '# ok\n', warnings: [] });
  });

  it('refuses a file over the limit before reading it, naming both sizes and the input to raise', async () => {
    fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(3 * 1024 * 1024));
    await expect(readSource(path.join(dir, 'big.md'), 2 * 1024 * 1024)).rejects.toThrow(
      'the file is 3 MB, over the 2 MB limit; raise `max-file-size` if this is intended',
    );
    fs.writeFileSync(path.join(dir, 'just-over.md'), 'x'.repeat(1025));
    await expect(readSource(path.join(dir, 'just-over.md'), 1024)).rejects.toThrow(
      'the file is 1025 bytes, over the 1024-byte limit',
    );
  });

  it('refuses a folder or a pipe (where a link may point) instead of hanging on it', async () => {
    fs.mkdirSync(path.join(dir, 'folder.md'));
    await expect(readSource(path.join(dir, 'folder.md'), 1000)).rejects.toThrow(/not a regular file/);
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    await expect(readSource(path.join(dir, 'pipe.md'), 1000)).rejects.toThrow(/not a regular file/);
  });
});
