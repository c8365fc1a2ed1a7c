// The same input gives the same bytes: with SOURCE_DATE_EPOCH, or in a git checkout with the commit time
// of each file, two runs (two browsers) write byte-identical PDFs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { readPdf } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';
import { makePng } from './support.js';

const DOCUMENT = `---
title: Reproducible
author: R. Builder
---

# Summary

A document with the parts whose bytes could vary: tables (tagged with ids), an image, code, links.

![A chart](chart.png)

| Service | Status | Owner |
| --- | --- | --- |
| api | green | team-a |
| web | amber | team-b |

| A | B |
| --- | --- |
| 1 | 2 |

\`\`\`ts
export const answer: number = 42;
\`\`\`

## Details

See [the runbook](https://example.com/runbook) and the [summary](#summary).
`;

const COMMIT_TIME = '2024-06-01T12:00:00Z';
const EPOCH = new Date('2025-01-02T03:04:05Z');

let workspace: string;
const outs: string[] = [];

async function run(sourceDate?: Date): Promise<Buffer> {
  const out = tempDir('repro-out');
  outs.push(out);
  const { results } = await renderFolder(workspace, ['report.md'], out, { sourceDate });
  expect(results[0]!.error).toBeUndefined();
  return fs.readFileSync(results[0]!.pdf!);
}

interface Stamp {
  creation?: Date;
  modification?: Date;
  id: string[];
}

async function stampOf(bytes: Buffer): Promise<Stamp> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const id = doc.context.trailerInfo.ID;
  const entries = id && 'asArray' in id ? (id as { asArray(): unknown[] }).asArray() : [];
  return {
    creation: doc.getCreationDate(),
    modification: doc.getModificationDate(),
    id: entries.map((e) => (e instanceof PDFHexString || e instanceof PDFString ? e.asString() : String(e))),
  };
}

beforeAll(async () => {
  workspace = tempDir('repro');
  fs.writeFileSync(path.join(workspace, 'report.md'), DOCUMENT);
  fs.writeFileSync(path.join(workspace, 'chart.png'), makePng(80, 40, [20, 140, 90]));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: workspace,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_AUTHOR_DATE: COMMIT_TIME,
        GIT_COMMITTER_DATE: COMMIT_TIME,
      },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'report');
  // Shiki's first highlight of a language has a 500 ms per-line limit that a busy machine can exceed,
  // leaving the line plain (see the report of this suite); warm the grammar so the runs compare layout.
  await markdownToHtml('```ts\nconst x = 1;\n```\n', 'warm');
});

afterAll(() => {
  for (const folder of [workspace, ...outs]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('reproducible PDFs', () => {
  it('are byte-identical across runs with SOURCE_DATE_EPOCH, dated by it, with a content-derived ID', async () => {
    const first = await run(EPOCH);
    const second = await run(EPOCH);
    expect(first.equals(second)).toBe(true);
    const stamp = await stampOf(first);
    expect(stamp.creation?.toISOString()).toBe(EPOCH.toISOString());
    expect(stamp.modification?.toISOString()).toBe(EPOCH.toISOString());
    expect(stamp.id).toHaveLength(2);
    expect(stamp.id[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(stamp.id[1]).toBe(stamp.id[0]);

    // Still a readable, tagged PDF with its text.
    const pdf = await readPdf(first);
    expect(pdf.text).toContain('team-b');
    const doc = await PDFDocument.load(first);
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
  });

  it('are dated by the commit time of the source file without SOURCE_DATE_EPOCH, and identical', async () => {
    const first = await run();
    const second = await run();
    expect(first.equals(second)).toBe(true);
    expect((await stampOf(first)).creation?.toISOString()).toBe(new Date(COMMIT_TIME).toISOString());
  });
});
