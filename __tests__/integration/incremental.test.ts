// Incremental builds with the real engine and a real Chromium: what is rendered again, and what is kept.
//
// The nightly case is 60 real documents, not 500: a render costs 0.25 s or more per document on this
// 2-core machine (much more while other suites run), so 500 would take minutes. The decision itself is
// checked on 500 documents in __tests__/unit/incremental.test.ts, without a browser.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/engine/convert.js';
import type { FileResult } from '../../src/engine/results.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { MANIFEST_NAME } from '../../src/engine/incremental.js';
import { run as runAction } from '../../src/action/run.js';
import { selectShard } from '../../src/engine/shard.js';
import type { ConvertOptions } from '../../src/engine/options.js';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import { tempDir, testOptions } from '../helpers/render.js';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/></svg>`;

interface Run {
  results: FileResult[];
  notes: string[];
  /** Sources whose PDF was rendered in this run. */
  rendered: string[];
  bySource: Map<string, FileResult>;
}

async function build(workspace: string, overrides: Partial<ConvertOptions> = {}): Promise<Run> {
  const options = testOptions(workspace, path.join(workspace, 'pdf'), {
    incremental: true,
    sourceDate: new Date('2025-01-01T00:00:00Z'),
    ...overrides,
  });
  const { files } = await findMarkdownFiles(['**/*.md'], workspace, options.outputDir);
  const notes: string[] = [];
  const results = await convert(files, options, { onInfo: (m) => notes.push(m) });
  return {
    results,
    notes,
    rendered: results.filter((r) => r.status === 'written').map((r) => r.source),
    bySource: new Map(results.map((r) => [r.source, r])),
  };
}

function write(workspace: string, rel: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
  fs.writeFileSync(path.join(workspace, rel), text);
}

/** Modification time of every PDF: a kept PDF is not even rewritten. */
function pdfTimes(workspace: string): Map<string, number> {
  const out = path.join(workspace, 'pdf');
  const files = fs.readdirSync(out, { recursive: true }) as string[];
  return new Map(
    files.filter((f) => f.endsWith('.pdf')).map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]),
  );
}

function manifest(workspace: string): { entries: Record<string, { tool: string }> } {
  return JSON.parse(fs.readFileSync(path.join(workspace, 'pdf', MANIFEST_NAME), 'utf8'));
}

const name = (i: number) => `reports/r${String(i).padStart(2, '0')}.md`;

describe('incremental: a nightly batch of 60 reports', () => {
  const ws = tempDir('incremental');
  let first: Run;

  beforeAll(async () => {
    for (let i = 0; i < 60; i++) write(ws, name(i), `# Report ${i}\n\nAll systems nominal on day ${i}.\n`);
    write(ws, 'reports/img/chart.svg', svg('#c00'));
    write(ws, name(10), '# Report 10\n\nThe chart:\n\n![chart](img/chart.svg)\n');
    write(ws, name(50), '# Report 50\n\nA picture that never was:\n\n![gone](img/missing.png)\n');
    first = await build(ws);
  }, 600_000);
  afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('renders everything the first time and records it', () => {
    expect(first.rendered).toHaveLength(60);
    expect(first.notes).toContain(
      `Incremental build: no manifest at pdf/${MANIFEST_NAME} yet; rendering every document`,
    );
    expect(first.notes).toContain('Incremental build: 60 rendered (60 new), 0 unchanged');
    expect(Object.keys(manifest(ws).entries)).toHaveLength(60);
    expect(
      first.bySource
        .get(name(50))!
        .warnings.map((w) => w.message)
        .join('\n'),
    ).toMatch(/missing\.png/);
  });

  it('renders nothing when nothing changed, and still reports every PDF and its warnings', async () => {
    const times = pdfTimes(ws);
    const again = await build(ws);
    expect(again.rendered).toEqual([]);
    expect(again.results.map((r) => r.status)).toEqual(new Array(60).fill('unchanged'));
    expect(again.results.map((r) => [r.pdf, r.pages])).toEqual(first.results.map((r) => [r.pdf, r.pages]));
    expect(again.bySource.get(name(50))!.warnings).toEqual(first.bySource.get(name(50))!.warnings);
    expect(pdfTimes(ws)).toEqual(times);
    expect(again.notes).toContain('Incremental build: 0 rendered, 60 unchanged');
  });

  it('renders only the 3 documents that changed: two sources and the image of a third', async () => {
    const times = pdfTimes(ws);
    write(ws, name(3), '# Report 3\n\nIncident: the database failed over at 02:14.\n');
    write(ws, name(4), '# Report 4\n\nAll systems nominal on day 4, again.\n');
    write(ws, 'reports/img/chart.svg', svg('#00c'));
    const nightly = await build(ws);
    expect(nightly.rendered).toEqual([name(3), name(4), name(10)]);
    expect(nightly.results.filter((r) => r.status === 'unchanged')).toHaveLength(57);
    expect(nightly.notes).toContain(
      'Incremental build: 3 rendered (2 changed, 1 image changed), 57 unchanged',
    );
    const after = pdfTimes(ws);
    for (const [pdf, time] of times) {
      const changed = ['reports/r03.pdf', 'reports/r04.pdf', 'reports/r10.pdf'].includes(
        pdf.split(path.sep).join('/'),
      );
      expect(after.get(pdf) === time, pdf).toBe(!changed);
    }
    const text = normalizeText((await readPdf(nightly.bySource.get(name(3))!.pdf!)).text);
    expect(text).toContain('the database failed over at 02:14');
  });

  it('renders a document again when its PDF was deleted', async () => {
    fs.rmSync(path.join(ws, 'pdf/reports/r30.pdf'));
    const run = await build(ws);
    expect(run.rendered).toEqual([name(30)]);
    expect(fs.existsSync(path.join(ws, 'pdf/reports/r30.pdf'))).toBe(true);
    expect(run.notes).toContain('Incremental build: 1 rendered (1 PDF missing or modified), 59 unchanged');
  });
});

describe('incremental: options, tool version and failures', () => {
  const ws = tempDir('incremental-options');
  beforeAll(async () => {
    write(ws, 'a.md', '# Alpha\n\nFirst.\n');
    write(ws, 'b.md', '# Beta\n\nSecond.\n');
    expect((await build(ws)).rendered).toEqual(['a.md', 'b.md']);
  }, 300_000);
  afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('renders everything again when an option that changes the output changes (theme), not for others', async () => {
    expect((await build(ws, { concurrency: 1, timeoutMs: 60_000 })).rendered).toEqual([]);
    const github = await build(ws, { theme: 'github' });
    expect(github.rendered).toEqual(['a.md', 'b.md']);
    expect(github.notes).toContain('Incremental build: 2 rendered (2 options changed), 0 unchanged');
    expect((await build(ws, { theme: 'github' })).rendered).toEqual([]);
  });

  it('renders everything again after an upgrade of the tool', async () => {
    // What a manifest written by an older release looks like: the same entries, another tool version.
    const file = path.join(ws, 'pdf', MANIFEST_NAME);
    const old = manifest(ws);
    for (const entry of Object.values(old.entries)) entry.tool = '0.0.9+0123456789abcdef';
    fs.writeFileSync(file, JSON.stringify(old));
    const upgraded = await build(ws, { theme: 'github' });
    expect(upgraded.rendered).toEqual(['a.md', 'b.md']);
    expect(upgraded.notes).toContain(
      'Incremental build: 2 rendered (2 tool or browser changed), 0 unchanged',
    );
    expect(Object.values(manifest(ws).entries).map((e) => e.tool)).not.toContain('0.0.9+0123456789abcdef');
  });

  it('drops a failed file from the manifest, so it is tried again next time', async () => {
    write(ws, 'broken.md', Buffer.from([0x23, 0x20, 0x00, 0x01]));
    const run = await build(ws, { theme: 'github' });
    expect(run.bySource.get('broken.md')!.status).toBe('failed');
    expect(run.rendered).toEqual([]);
    expect(Object.keys(manifest(ws).entries)).toEqual(['a.md', 'b.md']);
  });

  it('rebuilds everything, with a note, when the manifest is corrupt', async () => {
    fs.writeFileSync(path.join(ws, 'pdf', MANIFEST_NAME), '{"format": "md-pdf-manifest/1", "entr');
    fs.rmSync(path.join(ws, 'broken.md'));
    const run = await build(ws, { theme: 'github' });
    expect(run.notes).toContain(
      `Incremental build: ignoring pdf/${MANIFEST_NAME}: it is not valid JSON; rendering every document`,
    );
    expect(run.rendered).toEqual(['a.md', 'b.md']);
    expect(Object.keys(manifest(ws).entries)).toEqual(['a.md', 'b.md']);
  });
});

describe('the action, sharded and incremental (src/action/run.ts, in process)', () => {
  const ws = tempDir('shard-action');
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  afterAll(() => {
    process.env = saved;
    process.exitCode = savedExitCode;
    fs.rmSync(ws, { recursive: true, force: true });
  });

  /** Runs the action as the runner would (INPUT_* variables) and returns its log and outputs. */
  async function runShard(index: number): Promise<{ log: string; files: string[] }> {
    const outputs = path.join(ws, `outputs-${index}.txt`);
    fs.writeFileSync(outputs, '');
    process.env = {
      ...saved,
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: path.join(ws, 'summary.md'),
      INPUT_FILES: 'docs/**/*.md',
      INPUT_SHARD: `${index}/3`,
      INPUT_INCREMENTAL: 'true',
      'INPUT_ARTIFACT-NAME': 'reports',
      INPUT_CONCURRENCY: '2',
      SOURCE_DATE_EPOCH: '1735689600',
    };
    for (const key of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_EVENT_NAME'])
      delete process.env[key];
    fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '');
    const log: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) =>
      log.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      await runAction();
    } finally {
      process.stdout.write = write;
    }
    const text = fs.readFileSync(outputs, 'utf8');
    const files = /^files<<(.+)\n([\s\S]*?)\n\1$/m.exec(text);
    return { log: log.join(''), files: JSON.parse(files![2]!) as string[] };
  }

  it('converts its own part, uploads <artifact-name>-k-of-n, skips the PR comment, and keeps it next time', async () => {
    for (let i = 0; i < 6; i++)
      write(ws, `docs/d${i}.md`, `# Document ${i}\n\n${'Words. '.repeat(40 * (i + 1))}\n`);
    const { files } = await findMarkdownFiles(['docs/**/*.md'], ws, path.join(ws, 'pdf'));
    const mine = (await selectShard(files, [], { index: 2, count: 3 })).files.map((f) =>
      path.posix.join('pdf', f.relativePath.replace(/\.md$/, '.pdf')),
    );
    expect(mine.length).toBeGreaterThan(0);

    const first = await runShard(2);
    expect(process.exitCode ?? 0).toBe(0);
    expect(first.log).toMatch(new RegExp(`Shard 2/3: ${mine.length} of 6 files`));
    expect(first.log).toContain('pr-comment is skipped in a sharded run');
    expect(first.log).toContain('Skipping the upload of artifact "reports-2-of-3"');
    expect(first.files).toEqual(mine);

    const second = await runShard(2);
    expect(second.log).toContain(`Incremental build: 0 rendered, ${mine.length} unchanged`);
    // Kept PDFs are still this run's PDFs: same outputs, and the artifact would hold them all.
    expect(second.files).toEqual(mine);
    expect(second.log).toContain('Skipping the upload of artifact "reports-2-of-3"');
    expect(second.log).not.toContain('No PDF was written');
    expect(second.log).toMatch(/^= docs\/d\d\.md → pdf\/docs\/d\d\.pdf \(unchanged, 1 page\)$/m);
    expect(fs.readFileSync(path.join(ws, 'summary.md'), 'utf8')).toContain('(unchanged)');
  });
});
