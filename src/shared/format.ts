import path from 'node:path';

/**
 * Small text helpers shared by the engine and both shells: one escaper, one size format and one way
 * to write a path for people (forward slashes, relative), instead of a private copy in each module.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Human-readable size: `812 B`, `12.4 KB`, `3.1 MB` (powers of 1024, as GitHub shows artifact sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** `to` relative to `from`, with forward slashes on every platform (outputs, annotations, manifests). */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** `1 page`, `2 pages`, `0 files`: a count with its noun in the right number (regular plurals only). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
