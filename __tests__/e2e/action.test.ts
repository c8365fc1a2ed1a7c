// Runs the bundled action exactly as the runner does: `node dist/index.js` with INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and the toolkit clients pointed at a local GitHub fake.
import fs from 'node:fs';
import path from 'node:path';
import extract from 'extract-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction, writeWorkspace } from '../helpers/action-run.js';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { readPdf } from '../helpers/pdf.js';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

const examples = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8');

describe('dist/index.js run as the runner runs it', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
  });
  afterAll(async () => server?.close());

  it('converts, uploads the artifact and release assets, keeps one PR comment, and reports', async () => {
    const workspace = writeWorkspace({
      'reports/incident.md': examples('incident-report.md'),
      'reports/weekly.md': examples('weekly-report.md'),
      'runbooks/README.md': examples('runbooks/README.md'),
      'reports/drafts/wip.md': '# Draft\n',
      'stale/old.md': '# not matched\n',
    });
    fs.mkdirSync(path.join(workspace, 'pdf'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'pdf/stale.pdf'), 'left over from an earlier run');
    const eventPath = path.join(workspace, '..', `event-${path.basename(workspace)}.json`);
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' } } }));
    const inputs = {
      files: 'reports/**/*.md\nrunbooks/*.md\n!reports/drafts/**',
      'artifact-name': 'reports-pdf',
      'release-tag': 'v1.0.0',
      'pr-comment': 'true',
      'github-token': server.token,
      concurrency: '2',
    };
    const env = server.runnerEnv({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: 'merge',
    });

    const first = await runAction(workspace, inputs, env);
    expect(first.code, first.stdout).toBe(0);
    expect(JSON.parse(first.outputs.files!)).toEqual([
      'pdf/reports/incident.pdf',
      'pdf/reports/weekly.pdf',
      'pdf/runbooks/README.pdf',
    ]);
    expect(first.outputs.count).toBe('3');
    expect(first.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(first.outputs['artifact-url']).toBe(
      `https://github.com/${server.owner}/${server.repo}/actions/runs/${server.runId}/artifacts/${first.outputs['artifact-id']}`,
    );
    expect(JSON.parse(first.outputs['release-assets']!)).toHaveLength(3);
    expect(first.stdout).toMatch(/✓ reports\/incident\.md → pdf\/reports\/incident\.pdf \(\d+ pages/);

    // The summary has the per-file table and the published links.
    expect(first.summary).toContain('| Source | PDF | Pages | Size | Seconds |');
    expect(first.summary).toContain('reports/incident.md');
    expect(first.summary).toContain('reports-pdf');

    // The artifact holds exactly this run's PDFs, with their folders.
    const zip = server.artifactContent('reports-pdf')!;
    const unpacked = tempDir('e2e-zip');
    fs.writeFileSync(path.join(unpacked, 'a.zip'), zip);
    await extract(path.join(unpacked, 'a.zip'), { dir: path.join(unpacked, 'out') });
    const entries = fs.readdirSync(path.join(unpacked, 'out'), { recursive: true }).map(String).sort();
    expect(entries).toEqual([
      'md-pdf-report.json',
      'reports',
      'reports/incident.pdf',
      'reports/weekly.pdf',
      'runbooks',
      'runbooks/README.pdf',
    ]);
    const pdf = await readPdf(path.join(unpacked, 'out/reports/incident.pdf'));
    expect(pdf.info.Title).toBe('Redis Cache Eviction Storm – Northwind Payments');

    // A second run on the same PR: assets replaced, still exactly one comment.
    server.startNextRun();
    const second = await runAction(
      workspace,
      inputs,
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }),
    );
    expect(second.code, second.stdout).toBe(0);
    const release = server.releases.find((r) => r.tagName === 'v1.0.0')!;
    expect(release.assets.map((a) => a.name).sort()).toEqual([
      'reports-incident.pdf',
      'reports-weekly.pdf',
      'runbooks-README.pdf',
    ]);
    expect(server.comments.filter((c) => c.issueNumber === 7)).toHaveLength(1);
    expect(server.comments[0]!.body).toContain('incident.pdf');
  });

  it('writes the good files, fails the step, and annotates the bad file by name', async () => {
    const workspace = writeWorkspace({
      'docs/good.md': examples('weekly-report.md'),
      'docs/broken.md': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47]),
      'docs/also-good.md': '# Also good\n\nFine.\n',
    });
    const run = await runAction(workspace, { files: 'docs/*.md', 'artifact-name': '' }, {});
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(workspace, 'pdf/docs/good.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(workspace, 'pdf/docs/also-good.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(workspace, 'pdf/docs/broken.pdf'))).toBe(false);
    expect(run.stdout).toMatch(
      /::error title=md-pdf,file=docs\/broken\.md,line=1::docs\/broken\.md:1: this is a binary file/,
    );
    expect(run.stdout).toMatch(/::error::1 of 3 files could not be converted/);
    expect(JSON.parse(run.outputs.files!)).toEqual(['pdf/docs/also-good.pdf', 'pdf/docs/good.pdf']);
    expect(run.summary).toContain('Failures');
    expect(run.summary).toContain('docs/broken.md');
  });

  it('links to documents of other shards by their PDFs, and to other files at the PR head on GitHub', async () => {
    const workspace = writeWorkspace({
      'docs/a.md': '## Alpha\n\nSee [beta](b.md#steps) and the [notes](../notes.md#x).\n',
      'docs/b.md': '## Steps\n\nSee [alpha](./a.md) and the [notes](../notes.md#x).\n',
      'notes.md': '# Not matched\n',
    });
    const eventPath = path.join(workspace, '..', `event-${path.basename(workspace)}.json`);
    fs.writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 3, head: { sha: 'head42' } } }));
    const run = await runAction(
      workspace,
      { files: 'docs/*.md', shard: '1/2', 'artifact-name': '' },
      {
        GITHUB_REPOSITORY: 'octo/docs',
        GITHUB_SHA: 'merge',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
      },
    );
    expect(run.code, run.stdout).toBe(0);
    const written = JSON.parse(run.outputs.files!) as string[];
    expect(written).toHaveLength(1);
    const pdf = await readPdf(path.join(workspace, written[0]!));
    const other = written[0] === 'pdf/docs/a.pdf' ? './b.pdf#steps' : './a.pdf';
    expect(pdf.links.map((l) => l.uri)).toEqual([
      other,
      'https://github.com/octo/docs/blob/head42/notes.md#x',
    ]);
  });

  it('links documents published as release assets to the other assets', async () => {
    const workspace = writeWorkspace({
      'docs/a.md': '## Alpha\n\nSee [beta](b.md#steps).\n',
      'docs/b.md': '## Steps\n\nDone.\n',
    });
    const run = await runAction(
      workspace,
      { files: 'docs/*.md', 'artifact-name': '', 'release-tag': 'v2.0', 'github-token': server.token },
      server.runnerEnv({ GITHUB_SHA: 'abc' }),
    );
    expect(run.code, run.stdout).toBe(0);
    const release = server.releases.find((r) => r.tagName === 'v2.0')!;
    expect(release.assets.map((a) => a.name).sort()).toEqual(['docs-a.pdf', 'docs-b.pdf']);
    const pdf = await readPdf(path.join(workspace, 'pdf/docs/a.pdf'));
    expect(pdf.links.map((l) => l.uri)).toEqual([
      `https://github.com/${server.owner}/${server.repo}/releases/download/v2.0/docs-b.pdf#steps`,
    ]);
  });

  it('annotates a character no font can draw at its line, and lists it in the summary', async () => {
    const workspace = writeWorkspace({
      'docs/glyphs.md':
        '# Glyphs\n\nScripts print: 中文, 日本語のかな, 한국어, हिन्दी, العربية.\n\nNot this one: \u{E000}.\n',
    });
    const run = await runAction(workspace, { files: 'docs/*.md', 'artifact-name': '' }, {});
    expect(run.code, run.stdout).toBe(0);
    const message = 'no font has a glyph for U+E000 (Private Use): it prints as an empty box';
    expect(run.stdout).toContain(
      `::warning title=md-pdf,file=docs/glyphs.md,line=5::docs/glyphs.md:5: ${message}`,
    );
    expect(run.stdout.match(/::warning/g)).toHaveLength(1);
    expect(run.summary).toContain('Warnings');
    expect(run.summary).toContain('docs/glyphs.md');
    expect(run.summary).toContain(`5: ${message}`);
  });

  it('rejects an output-dir outside the workspace with a message naming the input', async () => {
    const workspace = writeWorkspace({ 'a.md': '# A\n' });
    const run = await runAction(workspace, { 'output-dir': '../elsewhere' }, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('output-dir must be a folder inside the workspace');
  });

  it('skips the artifact with a warning outside a runner', async () => {
    const workspace = writeWorkspace({ 'a.md': '# A\n\nText.\n' });
    const run = await runAction(workspace, {}, {});
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*ACTIONS_RUNTIME_TOKEN/);
    expect(fs.existsSync(path.join(workspace, 'pdf/a.pdf'))).toBe(true);
  });

  it('if-no-files-found: warns by default, fails with error, stays quiet with ignore', async () => {
    const workspace = writeWorkspace({ 'notes/a.md': '# A\n' });
    const files = 'reports/**/*.md';
    const warned = await runAction(workspace, { files, 'artifact-name': '' }, {});
    expect(warned.code, warned.stdout).toBe(0);
    expect(warned.stdout).toContain('::warning::No Markdown files match reports/**/*.md');
    expect(warned.outputs.count).toBe('0');

    const failed = await runAction(workspace, { files, 'if-no-files-found': 'error' }, {});
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      '::error::No Markdown files match reports/**/*.md (if-no-files-found: error)',
    );
    expect(failed.outputs.count).toBe('0');

    const ignored = await runAction(
      workspace,
      { files, 'if-no-files-found': 'Ignore', 'artifact-name': '' },
      {},
    );
    expect(ignored.code, ignored.stdout).toBe(0);
    expect(ignored.stdout).not.toContain('::warning::');
    expect(ignored.stdout).toContain('No Markdown files match reports/**/*.md');

    const bad = await runAction(workspace, { files, 'if-no-files-found': 'fail' }, {});
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('if-no-files-found must be one of warn, error, ignore; got "fail"');
  });

  it('if-no-files-found counts a matched file that is refused as a match', async () => {
    const workspace = writeWorkspace({});
    fs.symlinkSync('/nonexistent-target.md', path.join(workspace, 'broken.md'));
    const run = await runAction(
      workspace,
      { files: '*.md', 'if-no-files-found': 'error', 'artifact-name': '' },
      {},
    );
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('No Markdown files match');
    expect(run.stdout).toContain('broken symlink');
  });
});
