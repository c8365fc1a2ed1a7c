// A book-length Markdown document, generated at bench time from the corpus:
// its documents joined as chapters (the CommonMark spec, with its hundreds of
// code blocks, then the incident reports and post-mortems), round after round
// until the file reaches the size asked for. Never written into the repository.
import { Buffer } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Chapters of each round, relative to the corpus root; the spec gives most of the
 * code blocks. The post-mortems with remote images are left out: we do not fetch
 * them by default while md-to-pdf tries to, so the tools would not do the same work.
 */
export const BOOK_CHAPTERS = [
  'real/commonmark/spec.md',
  'incident-report-plain.md',
  'incident-report-rich.md',
  'real/posthog/2025-10-03-surveys-sdk-bug.md',
  'real/posthog/2025-10-21-feature-flags-recurring-outages.md',
  'real/posthog/2025-11-15-persons-db-migration.md',
  'real/posthog/2026-01-17-replay-sdk-fetch-wrapper-incident.md',
];

// YAML front matter, closed by `---` or (pandoc style, as in the spec) `...`.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads one chapter: its text without front matter, where its headings' text
 * ends, and how many code blocks it has. Found by parsing, so a `#` line inside
 * a code block (the spec is full of them) is no heading.
 */
async function readChapter(file) {
  const text = (await readFile(file, 'utf8')).replace(FRONT_MATTER, '').trim();
  const headingEnds = [];
  let codeBlocks = 0;
  visit(unified().use(remarkParse).parse(text), (node) => {
    if (node.type === 'code') codeBlocks++;
    const last = node.type === 'heading' ? node.children.at(-1) : undefined;
    if (last?.position) headingEnds.push(last.position.end.offset);
  });
  return { text, headingEnds, codeBlocks };
}

/** The chapter's text with `suffix` appended to every heading. */
export function suffixHeadings({ text, headingEnds }, suffix) {
  let result = text;
  for (const offset of [...headingEnds].sort((a, b) => b - a)) {
    result = result.slice(0, offset) + suffix + result.slice(offset);
  }
  return result;
}

/**
 * Writes the book to `file` and returns its size, rounds and code blocks.
 * Round 1 keeps every heading as written, so the spec's links to its own
 * sections still land; later rounds mark theirs " (part N)", so that headings
 * (bookmarks, ids) stay unique.
 */
export async function writeBook(corpusRoot, file, minBytes) {
  const chapters = await Promise.all(BOOK_CHAPTERS.map((name) => readChapter(path.join(corpusRoot, name))));
  // Closed by `...` like the spec's: md-to-pdf is configured to read that form (see tools.mjs).
  const parts = ['---\ntitle: Book-length benchmark document\n...'];
  let bytes = Buffer.byteLength(parts[0]);
  let codeBlocks = 0;
  let round = 0;
  do {
    round++;
    for (const chapter of chapters) {
      const text = round === 1 ? chapter.text : suffixHeadings(chapter, ` (part ${round})`);
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
      codeBlocks += chapter.codeBlocks;
    }
  } while (bytes < minBytes);
  const book = `${parts.join('\n\n')}\n`;
  await writeFile(file, book);
  return { bytes: Buffer.byteLength(book), rounds: round, codeBlocks };
}
