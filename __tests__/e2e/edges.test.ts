// Real repositories' edges (#16), run through dist/ as the runner runs it: any legal file name, Hugo's
// TOML front matter, a leading `---` block that is Markdown, a folder named like a team, more warnings than
// GitHub annotates, and a rolling release that must end up holding exactly the current PDFs.
import fs from 'node:fs';
import path from 'node:path';
import extract from 'extract-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction, writeWorkspace, type ActionRun } from '../helpers/action-run.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/render.js';
import type { RunReport } from '../../src/action/run-report.js';

/** Every character the artifact service refuses in a zip entry, in a name Linux allows. */
const REFUSED_NAMES = ['a|b', 'why?', 'Q: status', '"quoted"', '<draft>', 'star*', 'cr\rhere', 'lf\nhere'];
/** 252 bytes + `.md`: a 255-byte name, the longest Linux allows; its `.pdf` name alone would be 256. */
const LONG_NAME = 'ü'.repeat(126);

/** Text outside code spans, code blocks and HTML comments: where GitHub would link a mention or an issue. */
function outsideCode(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '')
    .replace(/``.*?``|`[^`\n]*`/g, '');
}

describe('dist/index.js on a repository with real-world edges', () => {
  let server: GitHubServer;
  let workspace: string;
  let run: ActionRun;
  let unpacked: string;

  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
    const files: Record<string, string> = {
      'hugo/page.md':
        '+++\ntitle = "Hugo page"\nauthor = "Dana"\ndate = 2024-03-01\ntags = ["ops"]\n+++\n\nBody of the page.\n',
      'cm/example-96.md': '---\nFoo\n---\nBar\n',
      '@acme/security-team/notes.md': '# Notes for #12\n\nPlain text.\n',
      '報告/週報.md': '# 週報\n\n本文。\n',
      '🚀 launch.md': '# Launch 🚀\n',
      '-leading-dash.md': '# Dash\n',
      [`long/${LONG_NAME}.md`]: '# Long\n', // 255 bytes
      'broken/bad-yaml.md': '---\ntitle: x\nbad: [unclosed\n---\n# Bad\n',
      'many-warnings.md': `# Many warnings\n\n${Array.from({ length: 12 }, (_, i) => `$\\nosuchmacro${i}$`).join('\n\n')}\n`,
    };
    for (const name of REFUSED_NAMES) files[`odd/${name}.md`] = `# ${name.replace(/[\r\n]/g, ' ')}\n`;
    workspace = writeWorkspace(files);
    const release = server.addRelease('nightly');
    server.addAsset(release, 'reports-deleted-months-ago.pdf', Buffer.from('stale'));
    server.addAsset(release, 'broken-bad-yaml.pdf', Buffer.from('the last good PDF'));
    server.addAsset(release, 'notes.txt', Buffer.from('not a PDF: never pruned'));
    const eventPath = path.join(workspace, '..', `event-${path.basename(workspace)}.json`);
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 9, head: { sha: 'abc123' } } }));

    run = await runAction(
      workspace,
      {
        files: '**/*.md',
        'artifact-name': 'edges',
        'release-tag': 'nightly',
        'release-prune': 'true',
        'github-token': server.token,
        concurrency: '2',
      },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }),
    );
    unpacked = tempDir('e2e-edges-zip');
    fs.writeFileSync(path.join(unpacked, 'a.zip'), server.artifactContent('edges') ?? Buffer.alloc(0));
    await extract(path.join(unpacked, 'a.zip'), { dir: path.join(unpacked, 'out') });
  }, 240_000);
  afterAll(async () => server?.close());

  it('fails only the file with broken YAML front matter, at its line', () => {
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=md-pdf,file=broken\/bad-yaml\.md,line=\d::broken\/bad-yaml\.md:\d: front matter is not valid YAML/,
    );
    expect(run.stdout).toMatch(/::error::1 of 17 files could not be converted/);
  });

  it('gets every PDF into the artifact, whatever its name, with the renames indexed', () => {
    const out = path.join(unpacked, 'out');
    const entries = fs.readdirSync(out, { recursive: true }).map(String);
    for (const name of ['a_b', 'why_', 'Q_ status', '_quoted_', '_draft_', 'star_', 'cr_here', 'lf_here'])
      expect(entries, name).toContain(`odd/${name}.pdf`);
    for (const name of [
      '報告/週報.pdf',
      '🚀 launch.pdf',
      '-leading-dash.pdf',
      'hugo/page.pdf',
      '@acme/security-team/notes.pdf',
    ])
      expect(entries, name).toContain(name);
    const long = entries.find((e) => e.startsWith('long/') && e.endsWith('.pdf'))!;
    expect(long).toMatch(/^long\/(ü)+~[0-9a-f]{8}\.pdf$/);
    expect(Buffer.byteLength(path.basename(long))).toBeLessThanOrEqual(223);
    expect(entries.filter((e) => e.endsWith('.pdf'))).toHaveLength(16);

    const index = JSON.parse(fs.readFileSync(path.join(out, 'md-pdf-names.json'), 'utf8')) as {
      renamed: { pdf: string; entry: string }[];
    };
    expect(index.renamed).toContainEqual({ pdf: 'odd/Q: status.pdf', entry: 'odd/Q_ status.pdf' });
    expect(index.renamed).toContainEqual({ pdf: 'odd/lf\nhere.pdf', entry: 'odd/lf_here.pdf' });
    expect(index.renamed).toHaveLength(REFUSED_NAMES.length);
    expect(run.summary).toContain('| `odd/Q: status.pdf` | `odd/Q_ status.pdf` |');
  });

  it('gives the preview every PDF as an artifact of its own, under a name the service accepts', () => {
    // The run fails anyway (the broken file), so a refused per-file upload would show only here.
    expect(run.stdout).not.toMatch(/as artifact .* failed/);
    const own = server.artifacts.filter((a) => a.finalized && a.name !== 'edges');
    expect(own).toHaveLength(16);
    for (const artifact of own) {
      expect(artifact.name).toMatch(/^edges-.+\.pdf$/);
      expect(artifact.name).not.toMatch(/[":<>|*?\r\n\\/]/);
      expect(Buffer.byteLength(artifact.name)).toBeLessThanOrEqual(223);
      expect(artifact.mimeType).toBe('application/pdf');
    }
    expect(own.map((a) => a.name)).toContain('edges-odd-Q_ status.pdf');
    expect(own.map((a) => a.name)).toContain('edges-@acme-security-team-notes.pdf');
  });

  it('writes the report output and puts the same report in the artifact', () => {
    const reportPath = run.outputs.report!;
    expect(path.isAbsolute(reportPath)).toBe(true);
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as RunReport;
    expect(fs.readFileSync(path.join(unpacked, 'out/md-pdf-report.json'), 'utf8')).toBe(
      fs.readFileSync(reportPath, 'utf8'),
    );
    expect(report.totals).toMatchObject({ documents: 17, written: 16, failed: 1 });
    const hugo = report.documents.find((d) => d.source === 'hugo/page.md')!;
    expect(hugo).toMatchObject({ status: 'written', pdf: 'pdf/hugo/page.pdf', pages: 1, warnings: [] });
    expect(hugo.bytes).toBeGreaterThan(1000);
    expect(report.documents.find((d) => d.source === 'many-warnings.md')!.warnings).toHaveLength(12);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('Full report: `md-pdf-report.json` in the artifact [edges]');
  });

  it('reads TOML front matter as metadata', async () => {
    const pdf = await readPdf(path.join(workspace, 'pdf/hugo/page.pdf'));
    expect(pdf.info.Title).toBe('Hugo page');
    expect(pdf.info.Author).toBe('Dana');
    expect(pdf.text).toContain('Body of the page.');
    expect(pdf.text).not.toContain('+++');
  });

  it('renders a leading --- block that is not YAML as CommonMark does, with a warning', async () => {
    const pdf = await readPdf(path.join(workspace, 'pdf/cm/example-96.pdf'));
    expect(pdf.text).toContain('Foo');
    expect(pdf.text).toContain('Bar');
    expect(run.summary).toMatch(/cm\/example-96\.md\n {2}1: the leading `---` block is not front matter/);
  });

  it('annotates 10 warnings, groups every one per file in the log, and says how many were not annotated', () => {
    // Counted from the report: a machine without CJK fonts adds a warning for the 週報 glyphs.
    const { totals } = JSON.parse(fs.readFileSync(run.outputs.report!, 'utf8')) as RunReport;
    expect(totals.warnings).toBeGreaterThanOrEqual(13);
    expect(run.stdout.match(/^::warning title=md-pdf/gm)).toHaveLength(10);
    expect(run.stdout).toMatch(/^::group::many-warnings\.md \(12 warnings\)$/m);
    expect(run.stdout).toContain(
      `::notice::${totals.warnings - 10} problems were not annotated: GitHub shows 10 errors and 10 warnings ` +
        `per step, and this run has 1 error and ${totals.warnings} warnings.`,
    );
    expect(run.summary.match(/^ {2}\d+: math could not be rendered/gm)).toHaveLength(12);
  });

  it('never mentions the team or links the issue a folder and a title are named after', () => {
    const comment = server.comments.find((c) => c.issueNumber === 9)!.body;
    expect(comment).toContain('`@acme/security-team/notes.pdf`');
    expect(outsideCode(comment)).not.toMatch(/[@#][\w-]/);
    expect(run.summary).toContain('`@acme/security-team/notes.md`');
    expect(outsideCode(run.summary)).not.toMatch(/@[\w-]|#\d/);
  });

  it('prunes the stale release asset, keeping the failed document’s last good PDF and non-PDFs', () => {
    const names = server.releases.find((r) => r.tagName === 'nightly')!.assets.map((a) => a.name);
    expect(names).not.toContain('reports-deleted-months-ago.pdf');
    expect(names).toContain('broken-bad-yaml.pdf');
    expect(names).toContain('notes.txt');
    expect(names).toContain('hugo-page.pdf');
    // A CJK path keeps its extension and a name of its own.
    expect(names.filter((n) => /^document-[0-9a-f]{8}\.pdf$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(17);
    expect(run.summary).toContain('removed as stale: `reports-deleted-months-ago.pdf`');
  });
});
