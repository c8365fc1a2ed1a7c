// PR previews end to end, at the scale and edges issue 11 names: a pull request touching 2 of 40 reports,
// a comment that would pass GitHub's limit, the changed-only input's modes and a book, and a change without
// documents under `if-no-files-found: error`. dist/index.js against the local GitHub fake.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/render.js';
import { ACTION, runAction, writeWorkspace } from '../helpers/action-run.js';

/** GitHub refuses a comment body longer than this. */
const COMMENT_LIMIT = 65_536;

function event(payload: unknown): string {
  const file = path.join(tempDir('scope-event'), 'event.json');
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

function pullRequestEvent(number: number): string {
  return event({
    pull_request: { number, head: { sha: 'a'.repeat(40), ref: 'feature' }, base: { sha: 'b'.repeat(40) } },
  });
}

/** A short report: one page. */
const report = (n: number) => `# Report ${n}\n\nThe numbers of week ${n}.\n`;

describe('PR previews at scale (dist/index.js)', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
  });
  afterAll(async () => server?.close());

  const inputs = () => ({
    files: 'reports/**/*.md',
    'artifact-name': 'preview',
    'pr-comment': 'true',
    'github-token': server.token,
    concurrency: '2',
  });
  const commentOn = (number: number) => server.comments.find((c) => c.issueNumber === number)!.body;
  const perFileArtifacts = () =>
    server.artifacts.filter((a) => a.runId === server.runId && a.name !== 'preview');

  it('converts the 2 reports a pull request touches of 40, and the comment links each with pages and warnings', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 40; n++) files[`reports/week-${String(n).padStart(2, '0')}.md`] = report(n);
    files['reports/week-07.md'] = '# Report 7\n\nRevised.\n\n![trend](trend-7.png)\n';
    const workspace = writeWorkspace(files);
    server.pullFiles.set(101, [
      { filename: 'reports/week-07.md', status: 'modified' },
      { filename: 'reports/week-23.md', status: 'added' },
      { filename: 'scripts/build.ts', status: 'modified' },
    ]);
    server.startNextRun();
    const run = await runAction(
      workspace,
      inputs(),
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(101) }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.files!)).toEqual(['pdf/reports/week-07.pdf', 'pdf/reports/week-23.pdf']);
    expect(run.outputs.count).toBe('2');
    expect(fs.readdirSync(path.join(workspace, 'pdf/reports')).sort()).toEqual([
      'week-07.pdf',
      'week-23.pdf',
    ]);
    expect(run.stdout).toContain('Converting the 2 changed documents of 40');

    const body = commentOn(101);
    const linkOf = (name: string) =>
      `https://github.com/${server.owner}/${server.repo}/actions/runs/${server.runId}/artifacts/${perFileArtifacts().find((a) => a.name === name)!.id}`;
    expect(
      perFileArtifacts()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['preview-reports-week-07.pdf', 'preview-reports-week-23.pdf']);
    expect(body).toMatch(
      new RegExp(
        `\\| \\[\`reports/week-07\\.pdf\`\\]\\(${linkOf('preview-reports-week-07.pdf').replace(/[./]/g, '\\$&')}\\) ⚠️ 1 \\| 1 \\| [\\d.]+ KB \\| changed \\|`,
      ),
    );
    expect(body).toContain(`| [\`reports/week-23.pdf\`](${linkOf('preview-reports-week-23.pdf')}) | 1 |`);
    expect(body).toMatch(/\| new \|/);
    expect(body).toContain('<details><summary>1 warning in <code>reports/week-07.md</code></summary>');
    expect(body).toMatch(/- `reports\/week-07\.md:5: could not load trend-7\.png/);
    expect(body.match(/^\| \[`reports\//gm)).toHaveLength(2);
  });

  it('keeps the comment under GitHub’s limit: long parts are cut with "and N more", the job summary has them all', async () => {
    const missing = Array.from({ length: 30 }, (_, i) => `![figure ${i}](figures/missing-${i}.png)`).join(
      '\n\n',
    );
    const workspace = writeWorkspace({
      'reports/noisy.md': `# Noisy\n\n${missing}\n`,
      'reports/quiet.md': report(1),
    });
    // A pull request that deletes a large archive of old reports, and touches two current ones.
    const removed = Array.from({ length: 2500 }, (_, i) => ({
      filename: `reports/archive/2019/weekly-operations-report-number-${i}.md`,
      status: 'removed',
    }));
    server.pullFiles.set(102, [
      ...removed,
      { filename: 'reports/noisy.md', status: 'added' },
      { filename: 'reports/quiet.md', status: 'modified' },
    ]);
    server.startNextRun();
    const run = await runAction(
      workspace,
      inputs(),
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(102) }),
    );
    expect(run.code, run.stdout).toBe(0);
    const body = commentOn(102);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const runUrl = `https://github.com/${server.owner}/${server.repo}/actions/runs/${server.runId}`;
    // Both PDFs keep their rows and links.
    expect(body.match(/^\| \[`reports\/(noisy|quiet)\.pdf`\]\(https:/gm)).toHaveLength(2);
    // The noisy file's 30 warnings are cut to a few, the rest in the job summary.
    expect(body).toContain('<details><summary>30 warnings in <code>reports/noisy.md</code></summary>');
    expect(body).toMatch(/- …and \d+ more: see the \[job summary\]\(/);
    // The removed documents are cut too.
    const listed =
      body.match(/`reports\/archive\/2019\/weekly-operations-report-number-\d+\.md`/g)?.length ?? 0;
    expect(listed).toBeGreaterThan(0);
    expect(body).toContain(`…and ${2500 - listed} more: see the [job summary](${runUrl})`);
    // The job summary has every removed document and every warning.
    expect(run.summary).toContain('weekly-operations-report-number-2499.md');
    expect(run.summary).toContain('missing-29.png');
  });

  it('changed-only: false converts everything on a pull request; true narrows a push to what it changed', async () => {
    const workspace = writeWorkspace({ 'reports/a.md': report(1), 'reports/b.md': report(2) });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
        cwd: workspace,
        encoding: 'utf8',
      }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const before = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(workspace, 'reports/b.md'), '# Report 2\n\nRevised.\n');
    git('commit', '-q', '-am', 'revise b');
    const after = git('rev-parse', 'HEAD');

    server.pullFiles.set(103, [{ filename: 'reports/b.md', status: 'modified' }]);
    server.startNextRun();
    const everything = await runAction(
      workspace,
      { ...inputs(), 'changed-only': 'false', 'pr-comment': 'false' },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(103) }),
    );
    expect(everything.code, everything.stdout).toBe(0);
    expect(everything.outputs.count).toBe('2');
    expect(server.requests.some((r) => r.pathname.endsWith('/pulls/103/files'))).toBe(false);

    server.startNextRun();
    const push = await runAction(
      workspace,
      { ...inputs(), 'changed-only': 'true', 'output-dir': 'pdf-push' },
      server.runnerEnv({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: after,
        GITHUB_EVENT_PATH: event({ before, after }),
      }),
    );
    expect(push.code, push.stdout).toBe(0);
    expect(JSON.parse(push.outputs.files!)).toEqual(['pdf-push/reports/b.pdf']);
    expect(push.stdout).toContain('Converting the 1 changed document of 2 (changed files from git');
    // A push has no pull request to comment on; the PDF still gets its own artifact.
    expect(perFileArtifacts().map((a) => a.name)).toEqual(['preview-reports-b.pdf']);
  });

  it('converts every document for a merged book, saying why', async () => {
    const workspace = writeWorkspace({ 'reports/a.md': report(1), 'reports/b.md': report(2) });
    server.pullFiles.set(104, [{ filename: 'reports/b.md', status: 'modified' }]);
    server.startNextRun();
    const run = await runAction(
      workspace,
      { ...inputs(), merge: 'book.pdf', 'pr-comment': 'false' },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(104) }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('::notice::Converting every document: merge makes a book of every document');
    expect(fs.existsSync(path.join(workspace, 'pdf/reports/a.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(workspace, 'pdf/book.pdf'))).toBe(true);
  });

  it('a re-run of the job replaces its artifacts (zip and per-file) and updates the comment', async () => {
    const workspace = writeWorkspace({ 'reports/a.md': report(1) });
    server.pullFiles.set(106, [{ filename: 'reports/a.md', status: 'modified' }]);
    server.startNextRun();
    const env = () =>
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(106) });
    const first = await runAction(workspace, inputs(), env());
    expect(first.code, first.stdout).toBe(0);
    const before = server.artifacts.filter((a) => a.runId === server.runId).map((a) => a.id);
    expect(before).toHaveLength(2);

    // "Re-run jobs": the same workflow run, whose artifacts the first attempt already named.
    server.startJobRerun();
    const again = await runAction(workspace, inputs(), env());
    expect(again.code, again.stdout).toBe(0);
    const after = server.artifacts.filter((a) => a.runId === server.runId);
    expect(after.map((a) => a.name).sort()).toEqual(['preview', 'preview-reports-a.pdf']);
    expect(server.deletedArtifacts.map((a) => a.id).sort()).toEqual([...before].sort());
    // The comment links the new attempt's artifacts.
    const perFile = after.find((a) => a.name === 'preview-reports-a.pdf')!;
    expect(commentOn(106)).toContain(`/artifacts/${perFile.id})`);
    expect(server.comments.filter((c) => c.issueNumber === 106)).toHaveLength(1);
  });

  it('a pull request without document changes passes under if-no-files-found: error', async () => {
    const workspace = writeWorkspace({ 'reports/a.md': report(1) });
    server.pullFiles.set(105, [{ filename: 'README.txt', status: 'modified' }]);
    server.startNextRun();
    const run = await runAction(
      workspace,
      { ...inputs(), 'if-no-files-found': 'error' },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(105) }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.count).toBe('0');
    expect(run.stdout).not.toContain('::error');
    expect(commentOn(105)).toContain('No document in this change was converted');
  });
});
