import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/publish/github-client.js';
import { PREVIEW_MARKER, renderPreviewComment, upsertPreviewComment } from '../../src/publish/pr-comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout } from './support.js';

const artifact = { name: 'pdf', url: 'https://github.com/octo-org/reports/actions/runs/4242/artifacts/1001' };

describe('renderPreviewComment', () => {
  it('starts with the marker and lists each PDF with its pages and size, linking the artifact', () => {
    const body = renderPreviewComment({
      pdfs: [
        { relativePdf: 'reports/2025/README.pdf', pages: 12, bytes: 182_400 },
        { relativePdf: 'runbooks/db.pdf', pages: 1, bytes: 900 },
      ],
      artifact,
      sha: '0123456789abcdef',
    });
    expect(body.startsWith(`${PREVIEW_MARKER}\n`)).toBe(true);
    expect(body).toContain(`2 PDFs built from 0123456. Download them: [artifact pdf (zip)](${artifact.url})`);
    expect(body).toContain('| `reports/2025/README.pdf` | 12 | 178.1 KB |');
    expect(body).toContain('| `runbooks/db.pdf` | 1 | 900 B |');
  });

  it('makes file names from the pull request inert', () => {
    const body = renderPreviewComment({
      pdfs: [{ relativePdf: 'x/[click](https://evil.example)|<img src=x>.pdf', pages: 1, bytes: 1 }],
    });
    // A code span: GitHub renders no link or HTML inside it; `|` is escaped so the cell does not end.
    expect(body).toContain('| `x/[click](https://evil.example)\\|<img src=x>.pdf` | 1 | 1 B |');
  });

  it('cannot mention a team or reference an issue through a file name', () => {
    const body = renderPreviewComment({
      pdfs: [{ relativePdf: '@acme/security-team/#123 `x`.pdf', pages: 1, bytes: 1 }],
      failedSources: ['@acme/security-team/notes.md'],
      artifact: { name: '@acme-pdf', url: 'https://example.test/a' },
    });
    expect(body).toContain('| ``@acme/security-team/#123 `x`.pdf`` | 1 | 1 B |');
    expect(body).toContain('**1 file failed:** `@acme/security-team/notes.md`');
    expect(body).toContain('[artifact @\u2060acme-pdf (zip)]');
    // Outside code spans, no `@` or `#` directly starts a name or number.
    const prose = body.replace(/``.*?``|`[^`]*`/g, '');
    expect(prose).not.toMatch(/[@#][\w-]/);
  });

  it('links the run when there is no artifact, and names failed files', () => {
    const body = renderPreviewComment({
      pdfs: [],
      runUrl: 'https://github.com/o/r/actions/runs/1',
      failedSources: ['docs/broken.md'],
    });
    expect(body).toContain(
      '0 PDFs built. No artifact was uploaded; see [the workflow run](https://github.com/o/r/actions/runs/1).',
    );
    expect(body).toContain(
      '**1 file failed:** `docs/broken.md` ([logs](https://github.com/o/r/actions/runs/1))',
    );
    expect(body).not.toContain('| PDF |');
  });
});

describe('upsertPreviewComment', () => {
  let server: GitHubServer;
  let octokit: GitHubClient;
  const target = () => ({ owner: server.owner, repo: server.repo, pullNumber: 17 });
  const body = (run: number) =>
    renderPreviewComment({ pdfs: [{ relativePdf: `run-${run}.pdf`, pages: run, bytes: 2048 }], artifact });

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
