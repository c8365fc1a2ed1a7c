// A 2,500-document run (#16), through dist/ as the runner runs it: the job summary stays under GitHub's
// 1 MiB limit (which drops a larger summary whole), and the `report` output lists every document.
import fs from 'node:fs';
import path from 'node:path';
import extract from 'extract-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction, writeWorkspace, type ActionRun } from '../helpers/action-run.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/render.js';
import { buildJobSummary } from '../../src/action/job-summary.js';
import type { RunReport } from '../../src/action/run-report.js';

const DOCUMENTS = 2500;
const FOLDERS = 50;
/** GitHub's limit for one step's summary. */
const MIB = 1024 * 1024;

/** Long, realistic names, so that a row per document and every warning would not fit in 1 MiB. */
function documentPath(i: number): string {
  const folder = `reports/team-${String(i % FOLDERS).padStart(2, '0')}-incident-reviews-and-postmortems`;
  return `${folder}/${String(i).padStart(4, '0')}-weekly-operations-report-for-the-platform-reliability-group.md`;
}

describe(`dist/index.js converting ${DOCUMENTS} documents`, () => {
  let server: GitHubServer;
  let run: ActionRun;
  let report: RunReport;
  let unpacked: string;

  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
    const files: Record<string, string> = {};
    for (let i = 0; i < DOCUMENTS; i++)
      // A link to a document the run does not convert: one warning per document, at line 3.
      files[documentPath(i)] =
        `# Report ${i}\n\nSee [the appendix](appendix-${i}-that-was-moved-to-the-wiki-long-ago.md).\n`;
    const workspace = writeWorkspace(files);
    run = await runAction(
      workspace,
      { files: 'reports/**/*.md', 'artifact-name': 'reports', 'github-token': server.token },
      server.runnerEnv(),
    );
    report = JSON.parse(fs.readFileSync(run.outputs.report!, 'utf8')) as RunReport;
    unpacked = tempDir('e2e-big-zip');
    fs.writeFileSync(path.join(unpacked, 'a.zip'), server.artifactContent('reports') ?? Buffer.alloc(0));
    await extract(path.join(unpacked, 'a.zip'), { dir: path.join(unpacked, 'out') });
  }, 1_800_000);
  afterAll(async () => server?.close());

  it('converts every document', () => {
    expect(run.code, run.stdout.slice(-4000)).toBe(0);
    expect(report.totals).toMatchObject({ documents: DOCUMENTS, written: DOCUMENTS, failed: 0 });
  });

  it('writes a job summary under 1 MiB that a row per document would not fit in', () => {
    const size = Buffer.byteLength(run.summary);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(MIB);
    // The same report with no limits: what the summary would be without grouping and cutting.
    const unlimited = buildJobSummary({
      report,
      reportPath: run.outputs.report!,
      limits: { maxBytes: Infinity, maxRows: Infinity },
    });
    expect(Buffer.byteLength(unlimited)).toBeGreaterThan(MIB);

    expect(run.summary).toContain(`${DOCUMENTS} documents, by folder:`);
    expect(
      run.summary.match(/^\| `reports\/team-\d\d-incident-reviews-and-postmortems` \| 50 \|/gm),
    ).toHaveLength(FOLDERS);
    expect(run.summary).toContain('Full report: `md-pdf-report.json` in the artifact [reports]');
    // Every warning is listed (file, then line and message), or the rest is counted and sent to the report.
    const listed = run.summary.match(/^ {2}3: the link to appendix-\d+-/gm)?.length ?? 0;
    const omitted = Number(
      /… and (\d+) more lines, all in `md-pdf-report\.json`/.exec(run.summary)?.[1] ?? 0,
    );
    expect(listed).toBeGreaterThan(0);
    // Each document with warnings is two lines in the list: its name, then its one warning.
    expect(listed * 2 + omitted).toBeGreaterThanOrEqual(DOCUMENTS * 2 - 1);
  });

  it('names a report listing every document in the `report` output, and puts it in the artifact', () => {
    expect(path.isAbsolute(run.outputs.report!)).toBe(true);
    expect(report.documents).toHaveLength(DOCUMENTS);
    expect(new Set(report.documents.map((d) => d.source))).toEqual(
      new Set(Array.from({ length: DOCUMENTS }, (_, i) => documentPath(i))),
    );
    for (const d of report.documents) {
      expect(d.status).toBe('written');
      expect(d.pdf).toBe(`pdf/${d.source.replace(/\.md$/, '.pdf')}`);
      expect(d.pages).toBe(1);
      expect(d.bytes).toBeGreaterThan(1000);
      expect(d.seconds).toBeGreaterThanOrEqual(0);
      expect(d.warnings).toEqual([
        { line: 3, message: expect.stringMatching(/^the link to appendix-/) as string },
      ]);
    }
    expect(report.totals.warnings).toBe(DOCUMENTS);
    const out = path.join(unpacked, 'out');
    expect(fs.readFileSync(path.join(out, 'md-pdf-report.json'), 'utf8')).toBe(
      fs.readFileSync(run.outputs.report!, 'utf8'),
    );
    const pdfs = fs
      .readdirSync(out, { recursive: true })
      .map(String)
      .filter((entry) => entry.endsWith('.pdf'));
    expect(pdfs).toHaveLength(DOCUMENTS);
  });

  it('annotates 10 warnings and says how many more there are', () => {
    expect(run.stdout.match(/^::warning title=md-pdf/gm)).toHaveLength(10);
    expect(run.stdout).toContain(`::notice::${DOCUMENTS - 10} problems were not annotated`);
  });
});
