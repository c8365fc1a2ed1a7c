import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/publish/github-client.js';
import { PREVIEW_MARKER, renderPreviewComment, upsertPreviewComment } from '../../src/publish/pr-comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout } from './support.js';

const artifact = { name: 'pdf', url: 'https://github.com/octo-org/reports/actions/runs/4242/artifacts/1001' };

describe('renderPreviewComment', () => {
  it('starts with the marker and the page counts, and lists each PDF linking its own artifact', () => {
    const body = renderPreviewComment({
      rows: [
        {
          source: 'reports/2025/README.md',
          relativePdf: 'reports/2025/README.pdf',
          pages: 12,
          bytes: 182_400,
          warnings: [],
          link: `${artifact.url}2`,
        },
        { source: 'runbooks/db.md', relativePdf: 'runbooks/db.pdf', pages: 1, bytes: 900, warnings: [] },
      ],
      zip: artifact,
      sha: '0123456789abcdef',
    });
    expect(
      body.startsWith(
        `${PREVIEW_MARKER}\n<!-- md-pdf-action:pages {"reports/2025/README.md":12,"runbooks/db.md":1} -->\n`,
      ),
    ).toBe(true);
    expect(body).toContain(`All PDFs: [\`pdf\` (zip)](${artifact.url}) · built from \`0123456\``);
    expect(body).toContain(`| [\`reports/2025/README.pdf\`](${artifact.url}2) | 12 | 178.1 KB |  |`);
    expect(body).toContain('| `runbooks/db.pdf` | 1 | 900 B |  |');
  });

  it('links the run when there is no artifact, and puts failures first', () => {
    const body = renderPreviewComment({
      rows: [
        { source: 'a.md', relativePdf: 'a.pdf', pages: 1, bytes: 1, warnings: [] },
        { source: 'docs/broken.md', warnings: [], error: { message: 'bad fence', line: 3 } },
      ],
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body).toContain(
      'No zip was uploaded; see [the workflow run](https://github.com/o/r/actions/runs/1)',
    );
    expect(body.indexOf('**1 file failed:**\n\n- `docs/broken.md:3: bad fence`')).toBeGreaterThan(0);
    expect(body.indexOf('failed')).toBeLessThan(body.indexOf('| PDF |'));
  });
});

describe('upsertPreviewComment', () => {
  let server: GitHubServer;
  let octokit: GitHubClient;
  const target = () => ({ owner: server.owner, repo: server.repo, pullNumber: 17 });
  const body = (run: number) =>
    renderPreviewComment({
      rows: [
        { source: `run-${run}.md`, relativePdf: `run-${run}.pdf`, pages: run, bytes: 2048, warnings: [] },
      ],
      zip: artifact,
    });

  beforeEach(async () => {
    server = await startGitHubServer();
    octokit = createGitHubClient(server.token, { baseUrl: server.apiUrl, retryDelayMs: 1 });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('creates the comment once and updates it on the next run', async () => {
    server.addComment(17, 'LGTM');
    const first = await upsertPreviewComment(octokit, target(), body(1));
    const second = await upsertPreviewComment(octokit, target(), body(2));

    expect(first?.created).toBe(true);
    expect(second).toMatchObject({ id: first?.id, created: false });
    const ours = server.comments.filter((c) => c.body.startsWith(PREVIEW_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('| `run-2.pdf` | 2 | 2.0 KB |');
    expect(server.comments.map((c) => c.body.slice(0, 4))).toEqual(['LGTM', PREVIEW_MARKER.slice(0, 4)]);
    expect(second?.url).toBe(`${server.url}/octo-org/reports/pull/17#issuecomment-${first?.id}`);
  });

  it('finds its comment beyond the first page of comments', async () => {
    const existing = server.addComment(17, body(1), 'github-actions[bot]');
    for (let i = 0; i < 120; i++) server.addComment(17, `comment ${i}`);
    server.comments.push(server.comments.splice(server.comments.indexOf(existing), 1)[0] ?? existing);

    const result = await upsertPreviewComment(octokit, target(), body(2));

    expect(result).toMatchObject({ id: existing.id, created: false });
    expect(server.comments.filter((c) => c.body.startsWith(PREVIEW_MARKER))).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'GET').length).toBe(2);
  });

  it('leaves a reply that quotes the comment alone', async () => {
    const quote = server.addComment(17, `> ${body(1)}\n\nWhy is page 3 empty?`);
    await upsertPreviewComment(octokit, target(), body(2));
    expect(server.comments).toHaveLength(2);
    expect(quote.body.startsWith('> ')).toBe(true);
  });

  it('prefers its own (bot) comment, and posts its own when a person planted the marker', async () => {
    const planted = server.addComment(17, `${PREVIEW_MARKER}\nfake preview`, 'mallory');
    server.intercept({
      method: 'PATCH',
      path: `/api/v3/repos/${server.owner}/${server.repo}/issues/comments/${planted.id}`,
      status: 403,
    });
    const first = await upsertPreviewComment(octokit, target(), body(1));
    expect(first?.created).toBe(true);
    expect(planted.body).toBe(`${PREVIEW_MARKER}\nfake preview`);
    // Next time the bot's own comment is updated; the planted one is never touched.
    const second = await upsertPreviewComment(octokit, target(), body(2));
    expect(second).toMatchObject({ id: first?.id, created: false });
    expect(server.comments.map((c) => c.id)).toEqual([planted.id, first?.id]);
    expect(planted.body).toBe(`${PREVIEW_MARKER}\nfake preview`);
  });

  it('removes duplicates left by parallel runs', async () => {
    const a = server.addComment(17, body(1), 'github-actions[bot]');
    server.addComment(17, body(1), 'github-actions[bot]');
    const result = await upsertPreviewComment(octokit, target(), body(2));
    expect(result?.id).toBe(a.id);
    expect(server.comments.map((c) => c.id)).toEqual([a.id]);
  });

  it('warns and carries on when the token may not comment (fork pull request)', async () => {
    const out = captureStdout();
    server.intercept({
      method: 'POST',
      path: /\/issues\/17\/comments$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    expect(await upsertPreviewComment(octokit, target(), body(1))).toBeUndefined();
    expect(out.warnings()[0]).toMatch(
      /^Could not write the PDF preview comment on pull request #17 \(403 Resource not accessible by integration\)/,
    );
    expect(server.comments).toEqual([]);
  });

  it('warns on 404 as well (no access to the repository)', async () => {
    const out = captureStdout();
    server.intercept({ method: 'GET', path: /\/issues\/17\/comments/, status: 404 });
    expect(await upsertPreviewComment(octokit, target(), body(1))).toBeUndefined();
    expect(out.warnings()).toHaveLength(1);
  });

  it('retries 5xx answers, then fails clearly if they persist', async () => {
    captureStdout();
    server.intercept({ method: 'GET', path: /\/issues\/17\/comments/, status: 503, times: 2 });
    expect((await upsertPreviewComment(octokit, target(), body(1)))?.created).toBe(true);

    server.intercept({ method: 'PATCH', path: /\/issues\/comments\//, status: 500, times: 100 });
    await expect(upsertPreviewComment(octokit, target(), body(2))).rejects.toThrow(
      'Writing the PDF preview comment on pull request #17 failed: 500 Internal Server Error',
    );
  });
});
