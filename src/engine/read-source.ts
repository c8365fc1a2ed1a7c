import fs from 'node:fs/promises';
import { DocumentError } from '../shared/errors.js';
import type { DocumentWarning } from '../markdown/processor.js';

/** A source file's text and what was wrong with its bytes. */
export interface SourceText {
  text: string;
  warnings: DocumentWarning[];
}

/** 1-based line of a byte offset. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte where the UTF-8 decoding fails, found by decoding ever longer prefixes' lines. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end;
  }
  return -1;
}

/**
 * Decodes a Markdown file's bytes. Invalid UTF-8 is decoded with replacement characters and a warning at
 * the first bad line (the rest of the document is still worth a PDF); NUL bytes mean it is not text at all.
 */
export function decodeSource(bytes: Uint8Array): SourceText {
  const probe = bytes.subarray(0, 8192);
  const nul = probe.indexOf(0);
  if (nul !== -1) {
    throw new DocumentError(
      'this is a binary file, not Markdown text (it contains NUL bytes); exclude it with a ! pattern',
      lineOfOffset(bytes, nul),
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    const line = lineOfOffset(bytes, firstInvalidUtf8(bytes));
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: [
        {
          message: 'the file is not valid UTF-8; invalid bytes were replaced with �. Save it as UTF-8',
          line,
        },
      ],
    };
  }
}

/** `1.5 MB`, `512 KB`, `300 B`: a size as a person reads it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} B`;
}

/**
 * Reads and decodes one source file. Only a regular file is read (never a folder, FIFO or device a link
 * may point at), and one larger than `maxBytes` is refused before a byte of it is read. Size and type are
 * taken from the open file, so it cannot be swapped for another between the check and the read.
 */
export async function readSource(file: string, maxBytes: number): Promise<SourceText> {
  const handle = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new DocumentError(
        'this is not a regular file (a folder, device or pipe); exclude it with a ! pattern',
      );
    }
    if (stat.size > maxBytes) {
      let [size, limit] = [formatSize(stat.size), formatSize(maxBytes)];
      if (size === limit) [size, limit] = [`${stat.size} bytes`, `${maxBytes}-byte`];
      throw new DocumentError(
        `the file is ${size}, over the ${limit} limit; raise \`max-file-size\` if this is intended`,
      );
    }
    // Never more than the size checked, even if the file grows meanwhile.
    const buffer = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return decodeSource(buffer.subarray(0, filled));
  } finally {
    await handle.close();
  }
}
