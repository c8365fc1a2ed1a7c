import fs from 'node:fs/promises';
import { DocumentError } from './markdown/front-matter.js';
import type { DocumentWarning } from './markdown/processor.js';

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
      'this is a binary file, not Markdown text (it contains NUL bytes)',
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

/** Reads and decodes one source file, refusing files larger than `maxBytes` before reading them. */
export async function readSource(file: string, maxBytes: number): Promise<SourceText> {
  const stat = await fs.stat(file);
  if (stat.size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new DocumentError(
      `the file is ${mb(stat.size)} MB, over the ${mb(maxBytes)} MB limit; raise \`max-file-size\` if this is intended`,
    );
  }
  return decodeSource(await fs.readFile(file));
}
