import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PREVIEW_MARKER,
  PublishError,
  publishOutputs,
  publishPdfs,
  summarizePublished,
  type PublishOptions,
} from '../../src/publish/index.js';
import { readRunContext } from '../../src/shared/run-context.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout, makeTempDir, removeDir, stubEnv, writePdfs } from './support.js';

describe('readRunContext', () => {
  it('reads the repository, the run and, on pull_request, the PR number and head commit', async () => {
    const dir = await makeTempDir();
    try {
      const eventPath = path.join(dir, 'event.json');
      await writeFile(
        eventPath,
        JSON.stringify({
          pull_request: {
            number: 17,
            head: { sha: 'feedface', ref: 'topic', repo: { full_name: 'octo-org/reports' } },
            base: { sha: 'baseba5e' },
          },
          repository: { full_name: 'octo-org/reports' },
        }),
      );
      expect(
        readRunContext({
          GITHUB_SERVER_URL: 'https://ghes.example.com/',
          GITHUB_API_URL: 'https://ghes.example.com/api/v3',
          GITHUB_REPOSITORY: 'octo-org/reports',
          GITHUB_RUN_ID: '99',
          GITHUB_SHA: 'merge-commit',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REF_NAME: '17/merge',
          GITHUB_RUN_NUMBER: '5',
        }),
      ).toEqual({
        serverUrl: 'https://ghes.example.com',
        apiUrl: 'https://ghes.example.com/api/v3',
        owner: 'octo-org',
        repo: 'reports',
        runId: '99',
        eventName: 'pull_request',
        sha: 'feedface',
        pullRequestNumber: 17,
        baseSha: 'baseba5e',
        refName: 'topic',
        runNumber: '5',
        fromFork: false,
      });
      const push = readRunContext({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventPath,
      });
      expect(push.pullRequestNumber).toBeUndefined();
      expect(push.apiUrl).toBe('https://api.github.com');
      // A fork: the head repository is not this one.
      await writeFile(
        eventPath,
        JSON.stringify({
          pull_request: { number: 3, head: { sha: 'f', repo: { full_name: 'forker/reports' } } },
          repository: { full_name: 'octo-org/reports' },
        }),
      );
      const fork = { GITHUB_REPOSITORY: 'octo-org/reports', GITHUB_EVENT_PATH: eventPath };
      expect(readRunContext({ ...fork, GITHUB_EVENT_NAME: 'pull_request' }).fromFork).toBe(true);
      // workflow_run: the triggering run, as GitHub describes it.
      await writeFile(
        eventPath,
        JSON.stringify({
          workflow_run: {
            id: 42,
            event: 'pull_request',
            head_sha: 'abc',
            head_repository: { full_name: 'f/r' },
          },
        }),
      );
      expect(readRunContext({ ...fork, GITHUB_EVENT_NAME: 'workflow_run' }).workflowRun).toEqual({
        id: '42',
        event: 'pull_request',
        headSha: 'abc',
        headRepository: 'f/r',
      });
    } finally {
      await removeDir(dir);
    }
  });
});

describe('publishPdfs', () => {
  let server: GitHubServer;
  let workspace: string;
  let outputDir: string;
  let eventPath: string;

  beforeEach(async () => {
    captureStdout();
    server = await startGitHubServer();
    workspace = await makeTempDir();
    outputDir = path.join(workspace, 'pdf');
    eventPath = path.join(workspace, 'event.json');
    await writeFile(
      eventPath,
      JSON.stringify({ pull_request: { number: 5, head: { sha: 'aaaabbbbcccc' } } }),
    );
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await server.close();
    await removeDir(workspace);
  });

  /** The options main.ts would build for the current run of the fake. */
  function optionsFor(
    overrides: Partial<PublishOptions> & Pick<PublishOptions, 'pdfs'>,
    event = 'pull_request',
  ): PublishOptions {
    const env = server.runnerEnv({
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: 'merge',
    });
    stubEnv(env);
    return {
      outputDir,
      artifactName: 'pdf',
      releaseTag: '',
      prComment: true,
      githubToken: server.token,
      // No octokit: publishPdfs builds its own from the token and run.apiUrl, as it does in main.ts.
      run: readRunContext(env),
      ...overrides,
    };
  }

  it('keeps one preview comment over two pull request runs, linking each run’s artifact', async () => {
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'reports/a.pdf', pages: 3 }]);
    const first = await publishPdfs(optionsFor({ pdfs }));

    server.startNextRun();
    const rebuilt = await writePdfs(outputDir, [
      { relativePdf: 'reports/a.pdf', pages: 4 },
      { relativePdf: 'b.pdf' },
    ]);
    const second = await publishPdfs(optionsFor({ pdfs: rebuilt, failedSources: ['c.md'] }));

    expect(first.comment?.created).toBe(true);
    expect(second.comment).toMatchObject({ id: first.comment?.id, created: false });
    expect(server.comments).toHaveLength(1);
    const body = server.comments[0]?.body ?? '';
    expect(body.startsWith(PREVIEW_MARKER)).toBe(true);
    expect(body).toContain(`All PDFs: [\`pdf\` (zip)](${second.artifact?.url}) · built from \`aaaabbb\``);
    expect(second.artifact?.url).toBe(
      `https://github.com/octo-org/reports/actions/runs/4243/artifacts/${second.artifact?.id}`,
    );
    // Each PDF links its own artifact; the page count of the previous preview is carried in the comment.
    const own = second.files?.uploaded.get('reports/a.pdf');
    expect(own?.name).toBe('pdf-reports-a.pdf');
    expect(body).toContain(`| [\`reports/a.pdf\`](${own?.url}) | 3 → 4 |`);
    expect(body).toContain('**1 file failed:**\n\n- `c.md: could not be converted (see the logs)`');
    expect(second.release).toBeUndefined();
    // Two zips, and one artifact per PDF of each run.
    expect(server.artifacts.filter((a) => a.finalized)).toHaveLength(5);
  });

  it('uploads release assets on a release run and reports them as outputs and summary rows', async () => {
    const pdfs = await writePdfs(outputDir, [
      { relativePdf: 'docs/README.pdf' },
      { relativePdf: 'README.pdf' },
    ]);
    const result = await publishPdfs(optionsFor({ pdfs, releaseTag: 'v2.0.0' }, 'release'));

    expect(result.comment).toBeUndefined();
    expect(server.comments).toEqual([]);
    const outputs = publishOutputs(result);
    expect(outputs['artifact-id']).toBe(String(result.artifact?.id));
    expect(outputs['artifact-url']).toBe(result.artifact?.url);
    const assetUrls = JSON.parse(outputs['release-assets']) as string[];
    expect(assetUrls).toEqual([
      `${server.url}/octo-org/reports/releases/download/v2.0.0/docs-README.pdf`,
      `${server.url}/octo-org/reports/releases/download/v2.0.0/README.pdf`,
    ]);
    expect(server.releases[0]?.targetCommitish).toBe('merge');

    const summary = summarizePublished(result);
    expect(summary.rows).toEqual([
      ['Artifact', `<a href="${result.artifact?.url}">pdf</a> (2 PDFs)`],
      [
        'Release v2.0.0',
        assetUrls.map((url) => `<a href="${url}">${url.split('/').at(-1)}</a>`).join('<br>'),
      ],
    ]);
    expect(summary.markdown).toContain(`- Artifact: [pdf](${result.artifact?.url}) (2 PDFs)`);
    expect(summary.markdown).toContain(`  - [docs-README.pdf](${assetUrls[0]})`);
  });

  it('does nothing that is switched off', async () => {
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    const result = await publishPdfs(optionsFor({ pdfs, artifactName: '', prComment: false }));
    // Only the report for the job summary, without links.
    expect(
      Object.entries(result)
        .filter(([, value]) => value !== undefined)
        .map(([key]) => key),
    ).toEqual(['report']);
    expect(result.report?.rows.map((row) => row.link)).toEqual([undefined]);
    expect(server.requests).toEqual([]);
    expect(publishOutputs(result)).toEqual({ 'artifact-id': '', 'artifact-url': '', 'release-assets': '[]' });
  });

  it('runs the other steps when one fails, then throws what failed with what was published', async () => {
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    server.intercept({
      method: 'POST',
      path: '/api/v3/repos/octo-org/reports/releases',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });

    const error = await publishPdfs(optionsFor({ pdfs, releaseTag: 'v3' })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PublishError);
    const publishError = error as PublishError;
    expect(publishError.message).toBe(
      'Creating release v3 failed: 403 Resource not accessible by integration',
    );
    expect(publishError.result.artifact?.id).toBeDefined();
    expect(publishError.result.comment?.created).toBe(true);
  });
});

describe('publishPdfs without a token', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says which input is missing instead of failing inside Octokit', async () => {
    captureStdout();
    const error = await publishPdfs({
      pdfs: [{ source: 'a.md', pdf: '/nowhere/a.pdf', relativePdf: 'a.pdf', pages: 1, bytes: 1 }],
      outputDir: '/nowhere',
      artifactName: '',
      releaseTag: 'v1',
      prComment: false,
      githubToken: '',
      run: readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'http://127.0.0.1:9' }),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Input github-token is empty; it is needed for release-tag and pr-comment.',
    );
  });
});

describe('summarizePublished', () => {
  it('escapes what it puts into HTML', () => {
    const summary = summarizePublished({
      artifact: { name: 'a<b>', url: 'https://x/"y"', fileCount: 1 },
      comment: { url: 'https://github.com/o/r/pull/1#issuecomment-2' },
    });
    expect(summary.rows).toEqual([
      ['Artifact', '<a href="https://x/&quot;y&quot;">a&lt;b&gt;</a> (1 PDF)'],
      ['PR preview', '<a href="https://github.com/o/r/pull/1#issuecomment-2">comment</a>'],
    ]);
  });
});
