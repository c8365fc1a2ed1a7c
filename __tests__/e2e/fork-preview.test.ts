// The fork pattern end to end: the pull_request run (read-only token) uploads the PDFs and the preview
// data; the workflow_run job, with no checkout, verifies the pull request and posts the comment.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../helpers/github-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/render.js';
import { ACTION, runAction, writeWorkspace } from '../helpers/action-run.js';

const HEAD = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const FORK = 'forker/reports';

function event(payload: unknown): string {
  const file = path.join(tempDir('fork-event'), 'event.json');
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('fork pull requests (dist/index.js)', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
  });
  afterAll(async () => server?.close());

  /** The first workflow: builds the fork's PR #number and returns its run id. */
  async function buildForkRun(number: number): Promise<string> {
    server.startNextRun();
    const workspace = writeWorkspace({
      'docs/@admin #1.md': '# Hello @admin\n\n![x](missing.png)\n',
      'docs/other.md': '# Other\n',
    });
    server.pullFiles.set(number, [{ filename: 'docs/@admin #1.md', status: 'added' }]);
    const commentsBefore = JSON.stringify(server.comments);
    const run = await runAction(
      workspace,
      { files: 'docs/*.md', 'artifact-name': 'preview', 'github-token': server.token },
      server.runnerEnv({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event({
          pull_request: {
            number,
            head: { sha: HEAD, ref: 'patch-1', repo: { full_name: FORK } },
            base: { sha: 'b'.repeat(40), repo: { full_name: `${server.owner}/${server.repo}` } },
          },
          repository: { full_name: `${server.owner}/${server.repo}` },
        }),
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.count).toBe('1');
    // No comment from the fork's run: it leaves the data for the comment job.
    expect(JSON.stringify(server.comments)).toBe(commentsBefore);
    expect(run.stdout).toContain('the preview comment is left to the workflow_run job');
    return server.runId;
  }

  /** The second workflow: `preview-from-workflow-run` in an empty workspace (nothing checked out). */
  function commentJob(triggerRunId: string, headSha = HEAD, headRepository = FORK) {
    server.startNextRun();
    return runAction(
      tempDir('comment-job'),
      { 'preview-from-workflow-run': 'true', 'github-token': server.token },
      server.runnerEnv({
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: event({
          workflow_run: {
            id: Number(triggerRunId),
            event: 'pull_request',
            head_sha: headSha,
            head_repository: { full_name: headRepository },
            pull_requests: [],
          },
        }),
      }),
    );
  }

  it('posts the comment from the first run’s artifacts after checking the head commit and repository', async () => {
    const built = await buildForkRun(51);
    server.pulls.set(51, { headSha: HEAD, headRepository: FORK });
    const job = await commentJob(built);
    expect(job.code, job.stdout).toBe(0);

    // It listed the triggering run's artifacts, downloaded the data and asked for the pull request.
    const paths = server.requests.map((r) => `${r.method} ${r.pathname}`);
    expect(paths).toContain(
      `GET /api/v3/repos/${server.owner}/${server.repo}/actions/runs/${built}/artifacts`,
    );
    expect(paths).toContain(`GET /api/v3/repos/${server.owner}/${server.repo}/pulls/51`);
    // The one PDF's own artifact (its exact name is artifact-names.ts's business).
    const perFile = server.artifacts.find((a) => a.runId === built && /^preview-docs-.*\.pdf$/.test(a.name))!;
    const body = server.comments.find((c) => c.issueNumber === 51)!.body;
    expect(body).toContain(
      `| [\`docs/@admin #1.pdf\`](https://github.com/${server.owner}/${server.repo}/actions/runs/${built}/artifacts/${perFile.id}) ⚠️ 1 | 1 |`,
    );
    expect(body).toMatch(/\| new \|/);
    expect(body).toContain('- `docs/@admin #1.md:3: could not load missing.png');
    expect(body).toContain(`built from \`${HEAD.slice(0, 7)}\``);
    expect(job.summary).toContain('PDF preview');

    // A later push to the fork: the same comment is updated.
    const again = await buildForkRun(51);
    expect((await commentJob(again)).code).toBe(0);
    expect(server.comments.filter((c) => c.issueNumber === 51)).toHaveLength(1);
  });

  it('refuses to comment when the pull request is not what the triggering run built', async () => {
    const built = await buildForkRun(61);
    // The PR the data names has moved on (or the data lies about which PR it is).
    server.pulls.set(61, { headSha: 'a'.repeat(40), headRepository: FORK });
    const moved = await commentJob(built);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/::error::Refusing to comment: pull request 61 is at aaaaaaa/);
    // Same commit, another repository.
    server.pulls.set(61, { headSha: HEAD, headRepository: 'someone-else/reports' });
    const otherRepo = await commentJob(built);
    expect(otherRepo.code).toBe(1);
    expect(server.comments.filter((c) => c.issueNumber === 61)).toEqual([]);
  });
});
