// PR previews end to end: dist/index.js on a real git repository, against the local GitHub fake.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/render.js';
import { ACTION, runAction, writeWorkspace } from '../helpers/action-run.js';

// Two different 1×1 PNGs (red, then blue): the image "changes" between the commits.
const RED_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const BLUE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPj/HwADBwIAMCbHYQAAAABJRU5ErkJggg==',
  'base64',
);

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

function writeEvent(workspace: string, pullRequest: Record<string, unknown>): string {
  const file = path.join(tempDir('event'), 'event.json');
  fs.writeFileSync(file, JSON.stringify({ pull_request: pullRequest }));
  return file;
}

const INPUTS = (token: string) => ({
  files: '**/*.md',
  'artifact-name': 'pr-pdf',
  'pr-comment': 'true',
  'github-token': token,
  concurrency: '1',
});

describe('PR previews (dist/index.js)', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
  });
  afterAll(async () => server?.close());

  it('converts only what the PR changed (git), links each PDF, lists removals and warnings', async () => {
    const workspace = writeWorkspace({
      'docs/a.md': '# A\n\nUses the chart:\n\n![chart](../img/chart.png)\n',
      'docs/b.md': '# B\n\nFirst version.\n',
      'docs/c.md': '# C\n\nTo be renamed.\n',
      'docs/old.md': '# Old\n\nTo be deleted.\n',
      'docs/d.md': '# D\n\nUntouched.\n',
      'img/chart.png': RED_PNG,
    });
    git(workspace, 'init', '-q', '-b', 'main');
    const base = commitAll(workspace, 'base');
    fs.writeFileSync(path.join(workspace, 'img/chart.png'), BLUE_PNG);
    fs.writeFileSync(
      path.join(workspace, 'docs/b.md'),
      '# B\n\n![gone](missing.png)\n\n@octocat #1 changed. See [d](d.md#d).\n',
    );
    git(workspace, 'mv', 'docs/c.md', 'docs/c2.md');
    git(workspace, 'rm', '-q', 'docs/old.md');
    fs.mkdirSync(path.join(workspace, 'x'));
    fs.mkdirSync(path.join(workspace, 'y'));
    fs.writeFileSync(path.join(workspace, 'x/README.md'), '# X readme\n');
    fs.writeFileSync(path.join(workspace, 'y/README.md'), '# Y readme\n');
    const head = commitAll(workspace, 'head');
    const event = writeEvent(workspace, {
      number: 12,
      head: { sha: head, ref: 'feature' },
      base: { sha: base },
    });
    const env = server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });

    const run = await runAction(workspace, INPUTS(server.token), env);
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.files!)).toEqual([
      'pdf/docs/a.pdf',
      'pdf/docs/b.pdf',
      'pdf/docs/c2.pdf',
      'pdf/x/README.pdf',
      'pdf/y/README.pdf',
    ]);
    expect(run.outputs.count).toBe('5');
    expect(fs.existsSync(path.join(workspace, 'pdf/docs/d.pdf'))).toBe(false);
    // d is not converted in this preview, but `files` matches it: b links to its PDF, as a full run would.
    expect((await readPdf(path.join(workspace, 'pdf/docs/b.pdf'))).links.map((l) => l.uri)).toEqual([
      './d.pdf#d',
    ]);
    // Each PDF records the last commit that changed its document (a's text is from the base commit).
    const sourceCommit = async (pdf: string) =>
      ((await readPdf(path.join(workspace, pdf))).info.Custom as Record<string, unknown> | undefined)
        ?.SourceCommit;
    expect(await sourceCommit('pdf/docs/b.pdf')).toBe(head);
    expect(await sourceCommit('pdf/docs/a.pdf')).toBe(base);
    expect(run.stdout).toContain('Converting the 5 changed documents of 6 (changed files from git');
    // The files API was not needed: git had both commits.
    expect(server.requests.some((r) => r.pathname.endsWith('/pulls/12/files'))).toBe(false);

    // Each PDF is its own unzipped artifact, uniquely named, served as a PDF.
    const runArtifacts = server.artifacts.filter(
      (a) => a.workflowRunBackendId === server.workflowRunBackendId,
    );
    const perFile = runArtifacts.filter((a) => a.name !== 'pr-pdf');
    expect(perFile.map((a) => a.name).sort()).toEqual([
      'pr-pdf-docs-a.pdf',
      'pr-pdf-docs-b.pdf',
      'pr-pdf-docs-c2.pdf',
      'pr-pdf-x-README.pdf',
      'pr-pdf-y-README.pdf',
    ]);
    for (const artifact of perFile) {
      expect(artifact.mimeType).toBe('application/pdf');
      expect(server.blobs.get(artifact.blobPath)!.subarray(0, 5).toString()).toBe('%PDF-');
    }

    const comment = server.comments.find((c) => c.issueNumber === 12)!;
    const body = comment.body;
    const linkOf = (name: string) =>
      `https://github.com/${server.owner}/${server.repo}/actions/runs/${server.runId}/artifacts/${perFile.find((a) => a.name === name)!.id}`;
    expect(body).toContain(`| [\`docs/a.pdf\`](${linkOf('pr-pdf-docs-a.pdf')}) | 1 |`);
    expect(body).toMatch(/\| \[`docs\/a\.pdf`\]\([^)]+\) \| 1 \| [\d.]+ KB \| image changed \|/);
    expect(body).toMatch(/\| \[`docs\/b\.pdf`\]\([^)]+\) ⚠️ 1 \| 1 \| [\d.]+ KB \| changed \|/);
    expect(body).toMatch(/\| \[`docs\/c2\.pdf`\]\([^)]+\) \| 1 \| [\d.]+ KB \| renamed \|/);
    expect(body).toContain(`[\`x/README.pdf\`](${linkOf('pr-pdf-x-README.pdf')})`);
    expect(body).toMatch(/`y\/README\.pdf`.*\| new \|/);
    expect(body).toContain('**Removed:** `docs/old.md`');
    expect(body).toContain('<details><summary>1 warning in <code>docs/b.md</code></summary>');
    expect(body).toMatch(/- `docs\/b\.md:3: could not load missing\.png[^`]*`/);
    expect(body).toContain(`built from \`${head.slice(0, 7)}\``);
    expect(body).toMatch(/All PDFs: \[`pr-pdf` \(zip\)\]\(https:\/\/github\.com\/[^)]+\/artifacts\/\d+\)/);
    expect(body).not.toContain('docs/d.pdf');
    // The summary shows the same preview.
    expect(run.summary).toContain('PDF preview');
    expect(run.summary).toContain(`[\`docs/a.pdf\`](${linkOf('pr-pdf-docs-a.pdf')})`);
    expect(run.summary).toContain('**Removed:** `docs/old.md`');

    // The next push makes b longer: the comment shows its page count before → after.
    fs.writeFileSync(
      path.join(workspace, 'docs/b.md'),
      '# B\n\n' + Array.from({ length: 120 }, (_, i) => `Paragraph ${i} of a longer B.`).join('\n\n') + '\n',
    );
    const next = commitAll(workspace, 'longer b');
    server.startNextRun();
    const second = await runAction(
      workspace,
      INPUTS(server.token),
      server.runnerEnv({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: writeEvent(workspace, {
          number: 12,
          head: { sha: next, ref: 'feature' },
          base: { sha: base },
        }),
      }),
    );
    expect(second.code, second.stdout).toBe(0);
    const pages = Number(
      /\| \[`docs\/b\.pdf`\]\([^)]+\) \| 1 → (\d+) \|/.exec(
        server.comments.find((c) => c.issueNumber === 12)!.body,
      )?.[1],
    );
    expect(pages).toBeGreaterThan(1);
    expect(server.comments.filter((c) => c.issueNumber === 12)).toHaveLength(1);
  });

  it('takes the changed list from the paginated files API on a shallow checkout', async () => {
    const workspace = writeWorkspace({
      'docs/a.md': '# A\n\n![chart](../img/chart.png)\n',
      'docs/b.md': '# B\n\nChanged.\n',
      'docs/d.md': '# D\n\nUntouched.\n',
      'img/chart.png': BLUE_PNG,
    });
    git(workspace, 'init', '-q', '-b', 'main');
    const head = commitAll(workspace, 'only commit');
    const filler = Array.from({ length: 128 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }));
    server.pullFiles.set(21, [
      ...filler,
      { filename: 'docs/b.md', status: 'modified' },
      { filename: 'img/chart.png', status: 'modified' },
      { filename: 'docs/gone.md', status: 'removed' },
    ]);
    server.startNextRun();
    const event = writeEvent(workspace, {
      number: 21,
      head: { sha: head, ref: 'feature' },
      base: { sha: '0123456789abcdef0123456789abcdef01234567' },
    });
    const before = server.requests.length;
    const run = await runAction(
      workspace,
      { ...INPUTS(server.token), footer: 'Built from {sha} on {ref}, run {run}', watermark: 'PREVIEW' },
      server.runnerEnv({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_RUN_NUMBER: '9',
        GITHUB_REF_NAME: '21/merge',
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.files!)).toEqual(['pdf/docs/a.pdf', 'pdf/docs/b.pdf']);
    const pages = server.requests.slice(before).filter((r) => r.pathname.endsWith('/pulls/21/files'));
    expect(pages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    const body = server.comments.find((c) => c.issueNumber === 21)!.body;
    expect(body).toContain('**Removed:** `docs/gone.md`');
    expect(body).toContain('changed files from the pull-request files API');
    // The PR head's commit and branch, and the run number, in the footer; the watermark on the page.
    const pdf = await readPdf(path.join(workspace, 'pdf/docs/b.pdf'));
    expect(pdf.text).toContain(`Built from ${head.slice(0, 7)} on feature, run 9`);
    expect(pdf.pages[0]!.items.map((item) => item.text)).toContain('PREVIEW');
  });

  it('converts everything, with a notice, when the files API fails', async () => {
    const workspace = writeWorkspace({ 'docs/a.md': '# A\n', 'docs/b.md': '# B\n' });
    server.startNextRun();
    server.intercept({ method: 'GET', path: /\/pulls\/31\/files/, status: 403 });
    const event = writeEvent(workspace, { number: 31, head: { sha: 'abc' }, base: { sha: 'def' } });
    const run = await runAction(
      workspace,
      { ...INPUTS(server.token), 'pr-comment': 'false' },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::notice::Converting every document: the changed files are unknown: .*403/);
    expect(run.outputs.count).toBe('2');
  });

  it('says so when the PR changes no document, without failing or uploading (no empty glob, even with if-no-files-found: error)', async () => {
    const workspace = writeWorkspace({ 'docs/a.md': '# A\n' });
    server.pullFiles.set(41, [{ filename: 'src/index.ts', status: 'modified' }]);
    server.startNextRun();
    const event = writeEvent(workspace, { number: 41, head: { sha: 'abc' }, base: { sha: 'def' } });
    const run = await runAction(
      workspace,
      { ...INPUTS(server.token), 'if-no-files-found': 'error' },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.count).toBe('0');
    expect(run.stdout).not.toContain('::warning');
    expect(server.artifacts.filter((a) => a.workflowRunBackendId === server.workflowRunBackendId)).toEqual(
      [],
    );
    const nothing = server.comments.find((c) => c.issueNumber === 41)!.body;
    expect(nothing).toContain('No document in this change');
    expect(nothing).not.toContain('No zip');
  });
});
