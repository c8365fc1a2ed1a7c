import { createHash } from 'node:crypto';

/** Longest file name (one path segment) ext4, APFS, NTFS and zip tools accept, in bytes. */
export const MAX_NAME_BYTES = 255;

/**
 * Bytes kept free at the end of a file's name for the suffixes added while it is written: our atomic
 * write's `.<pid>.<8 hex>.tmp` (up to 24 bytes), a browser's `.crdownload` or an unzip tool's own.
 */
export const TEMPORARY_SUFFIX_BYTES = 32;

/** Longest name of a file we write or put in an artifact, so that its temporary name still fits. */
export const MAX_FILE_NAME_BYTES = MAX_NAME_BYTES - TEMPORARY_SUFFIX_BYTES;

/** The first 8 hex digits of the SHA-256 of `text`: short, and stable from run to run. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * `name` (one path segment) fitted into `maxBytes` of UTF-8: unchanged when it fits; otherwise its stem
 * is cut on a character boundary and `~<hash of hashSource>` goes before the extension, so two long names
 * that share a beginning still differ, and a re-run gives the same name.
 */
export function fitFileName(name: string, maxBytes: number, hashSource: string): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  const tag = `~${shortHash(hashSource)}`;
  let budget = maxBytes - Buffer.byteLength(extension) - tag.length;
  let stem = '';
  for (const char of name.slice(0, name.length - extension.length)) {
    budget -= Buffer.byteLength(char);
    if (budget < 0) break;
    stem += char;
  }
  return stem + tag + extension;
}
