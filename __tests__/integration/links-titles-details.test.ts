// Links between documents, titles taken from headings and <details>, on real PDFs read back with pdf.js:
// alone and in the book, with Chromium's own pagination and with Paged.js, in all three themes. Few runs
// (two cores): each is checked several ways.
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const filler = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Paragraph ${i + 1} on ${topic} says what happened and what the on-call engineer did next, in ` +
      `enough words that the page fills up the way a real report would.`,
  ).join('\n\n');

// No title and no H1: its first heading names it. Long enough for a second page (the running header).
const INCIDENT = `Opening words before any heading.

## Pool exhaustion on the primary

See the [follow-up](follow-up.md#timeline), the [runbook step](../handbook/runbook.md#restart-the-pool),
the [whole runbook](../handbook/runbook.md), [this section](incident.md#raw-logs) and the
[scratch notes](../notes/scratch.md), [en français](../handbook/runbook.md#redémarrer-le-pool). An author who writes our own origin gets no link into it:
[origin](https://workspace.md-pdf.invalid/secret.txt).
A [moved file](../handbook/removed.md) is a dead link.

<details>
<summary>Raw logs</summary>

Body hidden behind the summary: connection refused 502 times.

${filler('the outage', 40)}

</details>

## Raw logs

Nothing else.
`;

const FOLLOW_UP = `# Follow-up

__author__: Julian R.

## Actions

Back to the [report](incident.md).

<div class="page-break"></div>

## Timeline

Follow-up timeline marker.
`;

// Its own "Timeline" heading, with the same id as the follow-up's: the book must keep them apart.
const RUNBOOK = `## Restart the pool

Runbook restart marker.

<div class="page-break"></div>

## Timeline

Runbook timeline marker.

## Check the replicas

Nobody links here.

## Redémarrer le pool

En français.
`;

const NO_HEADING = `Only a paragraph, and no heading at all.
`;

function workspace(): string {
  const dir = tempDir('links');
  const files: Record<string, string> = {
    'reports/incident.md': INCIDENT,
    'reports/follow-up.md': FOLLOW_UP,
    'handbook/runbook.md': RUNBOOK,
    'handbook/plain-notes.md': NO_HEADING,
    'notes/scratch.md': '# Scratch\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const PATTERNS = ['reports/*.md', 'handbook/*.md'];

interface Run {
  results: FileResult[];
  pdfs: Record<string, PdfContents>;
}

async function run(overrides: Parameters<typeof renderFolder>[3], patterns = PATTERNS): Promise<Run> {
  const dir = workspace();
  const out = path.join(dir, 'out');
  const { results } = await renderFolder(dir, patterns, out, overrides);
  const pdfs: Record<string, PdfContents> = {};
  for (const r of results) {
    if (r.pdf) pdfs[path.relative(out, r.pdf).split(path.sep).join('/')] = await readPdf(r.pdf);
  }
  return { results, pdfs };
}

/** Every link of every PDF of a run, as written. */
function allUris(pdfs: Record<string, PdfContents>): string[] {
  return Object.values(pdfs).flatMap((pdf) => pdf.links.flatMap((l) => (l.uri ? [l.uri] : [])));
}

/** The 1-based page whose text contains `marker`. */
function pageOf(pdf: PdfContents, marker: string): number {
  return pdf.pages.findIndex((p) => normalizeText(p.text).includes(marker)) + 1;
}

describe('links, titles and details (real Chromium)', () => {
  // Chromium's own pagination, report theme, a CLI run outside GitHub.
  let chromium: Run;
  // Paged.js, github theme, a GitHub run, with the book.
  let paged: Run;
  // Chromium, minimal theme, one document of the set (as in a shard).
  let minimal: Run;

  beforeAll(async () => {
    chromium = await run({});
    paged = await run({
      theme: 'github',
      layoutEngine: 'pagedjs',
      repositoryFileUrl: 'https://github.example/octo/docs/blob/abc123/',
    });
    minimal = await run(
      {
        theme: 'minimal',
        documentSet: ['reports/incident.md', 'reports/follow-up.md', 'handbook/runbook.md'],
      },
      ['reports/incident.md'],
    );
  }, 600_000);

  it('converts every document', () => {
    for (const r of [chromium, paged]) {
      expect(r.results.map((x) => [x.source, x.status])).toEqual(
        expect.arrayContaining([
          ['reports/incident.md', 'written'],
          ['reports/follow-up.md', 'written'],
          ['handbook/runbook.md', 'written'],
        ]),
      );
    }
  });

  it('links to converted documents by a relative reference to their PDF, keeping the fragment', () => {
    for (const { pdfs } of [chromium, paged]) {
      const uris = pdfs['reports/incident.pdf']!.links.map((l) => l.uri);
      expect(uris).toContain('./follow-up.pdf#timeline');
      expect(uris).toContain('../handbook/runbook.pdf#restart-the-pool');
      expect(uris).toContain('../handbook/runbook.pdf');
      expect(pdfs['reports/follow-up.pdf']!.links.map((l) => l.uri)).toContain('./incident.pdf');
    }
  });

  it('links to documents of the set that another shard converts', () => {
    expect(minimal.results.map((r) => r.source)).toEqual(['reports/incident.md']);
    const uris = minimal.pdfs['reports/incident.pdf']!.links.map((l) => l.uri);
    expect(uris).toContain('./follow-up.pdf#timeline');
    expect(uris).toContain('../handbook/runbook.pdf#restart-the-pool');
  });

  it('turns a link to the document itself into an in-document link', () => {
    const incident = chromium.pdfs['reports/incident.pdf']!;
    const rawLogs = incident.pages.length; // the last section
    expect(incident.links).toContainEqual(expect.objectContaining({ page: 1, destPage: rawLogs }));
  });

  it('keeps a link to a file not converted as text with a warning at its line, or links it on GitHub', () => {
    const incident = chromium.results.find((r) => r.source === 'reports/incident.md')!;
    expect(incident.warnings).toContainEqual({
      line: 7,
      message: expect.stringContaining('the link to ../notes/scratch.md is printed as text'),
    });
    expect(normalizeText(chromium.pdfs['reports/incident.pdf']!.text)).toContain(
      'and the scratch notes, en français.',
    );
    expect(allUris(chromium.pdfs).some((u) => u.includes('scratch'))).toBe(false);
    expect(allUris(paged.pdfs)).toContain('https://github.example/octo/docs/blob/abc123/notes/scratch.md');
    // On GitHub, only a link to a file the repository does not have is worth a warning.
    expect(paged.results.find((r) => r.source === 'reports/incident.md')!.warnings).toEqual([
      { line: 9, message: 'the link to handbook/removed.md leads nowhere: the repository has no such file' },
    ]);
  });

  it('makes every heading a named destination of its own PDF, targeted or not', () => {
    for (const { pdfs } of [chromium, paged]) {
      expect(pdfs['handbook/runbook.pdf']!.destinations).toEqual(
        expect.arrayContaining(['restart-the-pool', 'timeline', 'check-the-replicas']),
      );
      expect(pdfs['reports/follow-up.pdf']!.destinations).toEqual(
        expect.arrayContaining(['actions', 'timeline']),
      );
    }
  });

  it('finds a heading with accents the way pdf.js opens `runbook.pdf#red%C3%A9marrer-le-pool`', async () => {
    const fragment = 'red%C3%A9marrer-le-pool';
    expect(chromium.pdfs['reports/incident.pdf']!.links.map((l) => l.uri)).toContain(
      `../handbook/runbook.pdf#${fragment}`,
    );
    const runbook = chromium.results.find((r) => r.source === 'handbook/runbook.md')!.pdf!;
    // pdf.js's viewer unescapes the fragment (to UTF-8 bytes) and looks that name up in a fresh document.
    const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(runbook)), verbosity: 0 }).promise;
    try {
      expect(await doc.getDestination(unescape(fragment))).not.toBeNull();
      expect(await doc.getDestination(fragment)).not.toBeNull();
    } finally {
      await doc.destroy();
    }
  });

  it('never leaves a link into the virtual origins, in any PDF', () => {
    for (const { pdfs } of [chromium, paged, minimal]) {
      const uris = allUris(pdfs);
      expect(uris.length).toBeGreaterThanOrEqual(3);
      for (const uri of uris) {
        expect(uri.startsWith(WORKSPACE_ORIGIN)).toBe(false);
        expect(uri.startsWith(RUNTIME_ORIGIN)).toBe(false);
        expect(uri).not.toContain('.invalid');
      }
    }
  });

  it('titles a document without title or H1 by its first heading, printed only where it stands', () => {
    for (const { pdfs } of [chromium, paged]) {
      const incident = pdfs['reports/incident.pdf']!;
      expect(incident.info.Title).toBe('Pool exhaustion on the primary');
      // The heading stays under the opening words; no title block, no file name above it.
      const first = normalizeText(incident.pages[0]!.text);
      expect(first.replace(/Page \d of \d/, '').trim()).toMatch(
        /^Opening words before any heading\. Pool exhaustion on the primary See the follow-up/,
      );
      expect(first.match(/Pool exhaustion on the primary/g)).toHaveLength(1);
      expect(normalizeText(incident.text)).not.toMatch(/\bincident\b/);
      // The running header on the next pages.
      expect(incident.pages.length).toBeGreaterThan(1);
      expect(normalizeText(incident.pages[1]!.text)).toContain('Pool exhaustion on the primary');
      // Bookmarks: the headings, as before.
      expect(incident.outline.map((o) => o.title)).toEqual(['Pool exhaustion on the primary', 'Raw logs']);
    }
  });

  it('uses the file name for the Title only when there is no heading, and never prints it', () => {
    for (const { pdfs } of [chromium, paged]) {
      const plain = pdfs['handbook/plain-notes.pdf']!;
      expect(plain.info.Title).toBe('plain-notes');
      expect(normalizeText(plain.text)).not.toContain('plain-notes');
      expect(normalizeText(plain.text)).toContain('Only a paragraph, and no heading at all.');
    }
  });

  it('prints <details> open, summary and body, in every theme and with both engines', () => {
    for (const { pdfs } of [chromium, paged, minimal]) {
      const text = normalizeText(pdfs['reports/incident.pdf']!.text);
      expect(text).toContain('Raw logs Body hidden behind the summary: connection refused 502 times.');
      // Its body goes on over the next page, with no second label (not even the browser's "Details").
      expect(text).toContain('Paragraph 40 on the outage');
      expect(text).not.toMatch(/\bDetails\b/);
    }
  });
});

describe('links in the book (real Chromium, Paged.js)', () => {
  let book: PdfContents;
  let results: FileResult[];

  beforeAll(async () => {
    const dir = workspace();
    const out = path.join(dir, 'out');
    ({ results } = await renderFolder(dir, PATTERNS, out, { merge: path.join(out, 'all/book.pdf') }));
    book = await readPdf(path.join(out, 'all/book.pdf'));
  }, 600_000);

  it('jumps inside the book to the heading, in the right chapter when ids repeat', () => {
    expect(results.at(-1)!.status).toBe('written');
    const followUpTimeline = pageOf(book, 'Follow-up timeline marker.');
    const runbookTimeline = pageOf(book, 'Runbook timeline marker.');
    const restart = pageOf(book, 'Runbook restart marker.');
    const from = pageOf(book, 'Opening words before any heading.');
    expect(new Set([followUpTimeline, runbookTimeline, restart]).size).toBe(3);
    const fromIncident = book.links.filter((l) => l.page === from);
    expect(fromIncident.map((l) => l.destPage)).toEqual(expect.arrayContaining([followUpTimeline, restart]));
    expect(fromIncident.some((l) => l.uri)).toBe(false);
  });

  it('jumps to the chapter when the link names no heading', () => {
    const runbookStart = pageOf(book, 'Runbook restart marker.');
    const from = pageOf(book, 'Opening words before any heading.');
    // The "whole runbook" link and the "restart" link both land on the runbook's first page.
    expect(book.links.filter((l) => l.page === from && l.destPage === runbookStart)).toHaveLength(2);
  });

  it('has no link into the virtual origins', () => {
    for (const l of book.links) expect(l.uri ?? '').not.toContain('.invalid');
  });
});
