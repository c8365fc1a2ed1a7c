import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/publish/github-client.js';
import {
  assetUploadUrl,
  releaseAssetName,
  releaseAssetNames,
  uploadReleaseAssets,
  type ReleaseAssetFile,
} from '../../src/publish/release.js';
import type { PublishablePdf } from '../../src/publish/types.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout, makeTempDir, removeDir, writePdfs } from './support.js';

describe('release asset names', () => {
  it('are derived from the relative path, readable and safe', () => {
    expect(releaseAssetName('reports/2025/README.pdf')).toBe('reports-2025-README.pdf');
    expect(releaseAssetName('README.pdf')).toBe('README.pdf');
    expect(releaseAssetName('Post mortems/Ünfall #3 (draft).pdf')).toBe('Post-mortems-Unfall-3-draft.pdf');
    expect(releaseAssetName('.hidden/.notes.pdf')).toBe('hidden-.notes.pdf');
    expect(releaseAssetName('weird\\win\\path.pdf')).toBe('weird-win-path.pdf');
    expect(releaseAssetName('-leading-dash.pdf')).toBe('leading-dash.pdf');
    expect(releaseAssetName('🚀 launch.pdf')).toBe('launch.pdf');
  });

  it('never lose the extension, and keep names with no Latin letters apart by a hash of their path', () => {
    const cjk = releaseAssetName('報告/週報.pdf');
    expect(cjk).toMatch(/^document-[0-9a-f]{8}\.pdf$/);
    expect(releaseAssetName('報告/月報.pdf')).toMatch(/^document-[0-9a-f]{8}\.pdf$/);
    expect(releaseAssetName('報告/月報.pdf')).not.toBe(cjk);
    expect(releaseAssetName('報告/週報.pdf')).toBe(cjk);
  });

  it('stay distinct when two paths give the same name, stably across runs', () => {
    const names = releaseAssetNames([
      'a-b/c.pdf',
      'a/b-c.pdf',
      'reports/README.pdf',
      'runbooks/README.pdf',
      'X.pdf',
      'x.pdf',
    ]);
    expect(names[0]).toMatch(/^a-b-c-[0-9a-f]{8}\.pdf$/);
    expect(names[1]).toMatch(/^a-b-c-[0-9a-f]{8}\.pdf$/);
    expect(names[0]).not.toBe(names[1]);
    expect(names.slice(2, 4)).toEqual(['reports-README.pdf', 'runbooks-README.pdf']);
    expect(names[4]?.toLowerCase()).not.toBe(names[5]?.toLowerCase());
    expect(releaseAssetNames(['a/b-c.pdf', 'a-b/c.pdf'])).toEqual([names[1], names[0]]);
  });

  it('go into the upload_url template', () => {
    expect(
      assetUploadUrl(
        'https://ghes.example.com/api/uploads/repos/o/r/releases/7/assets{?name,label}',
        'a b.pdf',
        'x/a b.pdf',
      ),
    ).toBe(
      'https://ghes.example.com/api/uploads/repos/o/r/releases/7/assets?name=a%20b.pdf&label=x%2Fa%20b.pdf',
    );
  });
});

describe('uploadReleaseAssets', () => {
  let server: GitHubServer;
  let octokit: GitHubClient;
  let outputDir: string;
  let pdfs: PublishablePdf[];
  let files: ReleaseAssetFile[];
  const target = () => ({ owner: server.owner, repo: server.repo, tag: 'v1.2.0', targetCommitish: 'abc123' });

  beforeEach(async () => {
    captureStdout();
    server = await startGitHubServer();
    octokit = createGitHubClient(server.token, { baseUrl: server.apiUrl, retryDelayMs: 1 });
    outputDir = await makeTempDir();
    pdfs = await writePdfs(outputDir, [
      { relativePdf: 'reports/2025/README.pdf', pages: 2 },
      { relativePdf: 'runbooks/README.pdf' },
    ]);
    files = pdfs.map((pdf) => ({ path: pdf.pdf, relativePath: pdf.relativePdf }));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
    await removeDir(outputDir);
  });

  async function download(url: string): Promise<Buffer> {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  it("with prune, deletes stale PDF assets only: never a failed document's, never a non-PDF", async () => {
    const release = server.addRelease('nightly');
    server.addAsset(release, 'reports-deleted-long-ago.pdf', Buffer.from('stale'));
    server.addAsset(release, 'reports-broken-tonight.pdf', Buffer.from('last good'));
    server.addAsset(release, 'checksums.txt', Buffer.from('not ours'));
    server.addAsset(release, 'runbooks-README.pdf', Buffer.from('old version'));
    const nightly = { ...target(), tag: 'nightly' };

    const result = await uploadReleaseAssets(octokit, nightly, files, {
      keep: ['reports/broken-tonight.pdf'],
    });

    expect(result.pruned).toEqual(['reports-deleted-long-ago.pdf']);
    expect(server.releases[0]?.assets.map((a) => a.name).sort()).toEqual([
      'checksums.txt',
      'reports-2025-README.pdf',
      'reports-broken-tonight.pdf',
      'runbooks-README.pdf',
    ]);
  });

  it('without prune, leaves every other asset alone', async () => {
    const release = server.addRelease('nightly');
    server.addAsset(release, 'reports-deleted-long-ago.pdf', Buffer.from('stale'));
    const result = await uploadReleaseAssets(octokit, { ...target(), tag: 'nightly' }, files);
    expect(result.pruned).toEqual([]);
    expect(server.releases[0]?.assets.map((a) => a.name)).toContain('reports-deleted-long-ago.pdf');
  });

  it('creates the release and uploads each PDF through upload_url', async () => {
    const result = await uploadReleaseAssets(octokit, target(), files);

    expect(result.created).toBe(true);
    expect(server.releases).toHaveLength(1);
    expect(server.releases[0]).toMatchObject({ tagName: 'v1.2.0', targetCommitish: 'abc123' });
    expect(result.assets.map((a) => [a.name, a.relativePath, a.replaced])).toEqual([
      ['reports-2025-README.pdf', 'reports/2025/README.pdf', false],
      ['runbooks-README.pdf', 'runbooks/README.pdf', false],
    ]);
    expect(server.releases[0]?.assets.map((a) => [a.name, a.label, a.contentType])).toEqual([
      ['reports-2025-README.pdf', 'reports/2025/README.pdf', 'application/pdf'],
      ['runbooks-README.pdf', 'runbooks/README.pdf', 'application/pdf'],
    ]);
    for (const [index, asset] of result.assets.entries()) {
      expect(await download(asset.url)).toEqual(await readFile(files[index]?.path ?? ''));
    }
    const uploads = server.requests.filter((r) => r.method === 'POST' && r.pathname.endsWith('/assets'));
    expect(uploads.map((r) => r.pathname)).toEqual([
      `/api/uploads/repos/octo-org/reports/releases/${result.releaseId}/assets`,
      `/api/uploads/repos/octo-org/reports/releases/${result.releaseId}/assets`,
    ]);
    expect(server.unhandled).toEqual([]);
  });

  it('replaces the assets on a second run: same names, new ids', async () => {
    const first = await uploadReleaseAssets(octokit, target(), files);
    // The second run built different bytes.
    const rebuilt = await writePdfs(outputDir, [
      { relativePdf: 'reports/2025/README.pdf', pages: 3, title: 'v2' },
      { relativePdf: 'runbooks/README.pdf', title: 'v2' },
    ]);
    const second = await uploadReleaseAssets(octokit, target(), files);

    expect(second.created).toBe(false);
    expect(second.releaseId).toBe(first.releaseId);
    expect(server.releases).toHaveLength(1);
    expect(second.assets.map((a) => a.name)).toEqual(first.assets.map((a) => a.name));
    expect(second.assets.every((a) => a.replaced)).toBe(true);
    for (const [index, asset] of second.assets.entries()) {
      expect(asset.id).not.toBe(first.assets[index]?.id);
      expect(await download(asset.url)).toEqual(await readFile(rebuilt[index]?.pdf ?? ''));
    }
    expect(server.releases[0]?.assets.map((a) => a.id)).toEqual(second.assets.map((a) => a.id));
    const deletes = server.requests
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.pathname.split('/').at(-1));
    expect(deletes).toEqual(first.assets.map((a) => String(a.id)));
  });

  it('leaves other assets of the release alone', async () => {
    const release = server.addRelease('v1.2.0');
    const binary = server.addAsset(release, 'app-linux-x64.tar.gz', Buffer.from('binary'));
    await uploadReleaseAssets(octokit, target(), files);
    expect(release.assets.map((a) => a.name)).toEqual([
      'app-linux-x64.tar.gz',
      'reports-2025-README.pdf',
      'runbooks-README.pdf',
    ]);
    expect(release.assets[0]).toBe(binary);
  });

  it('finds a draft release, which get-by-tag does not return', async () => {
    const draft = server.addRelease('v1.2.0', { draft: true });
    const result = await uploadReleaseAssets(octokit, target(), files);
    expect(result).toMatchObject({ releaseId: draft.id, created: false });
    expect(server.releases).toHaveLength(1);
    expect(draft.assets).toHaveLength(2);
  });

  it('handles an asset of the same name appearing between the listing and the upload (422 already_exists)', async () => {
    const release = server.addRelease('v1.2.0');
    server.intercept({
      method: 'POST',
      path: /\/assets\?name=runbooks-README\.pdf/,
      before: () => server.addAsset(release, 'runbooks-README.pdf', Buffer.from('from a parallel job')),
    });

    const result = await uploadReleaseAssets(octokit, target(), files);

    expect(result.assets[1]).toMatchObject({ name: 'runbooks-README.pdf', replaced: true });
    expect(release.assets.map((a) => a.name)).toEqual(['reports-2025-README.pdf', 'runbooks-README.pdf']);
    expect(await download(result.assets[1]?.url ?? '')).toEqual(await readFile(files[1]?.path ?? ''));
    const uploads = server.requests.filter(
      (r) => r.method === 'POST' && r.url.includes('name=runbooks-README.pdf'),
    );
    expect(uploads).toHaveLength(2);
  });

  it('uses the release a parallel job created first (422 on create)', async () => {
    server.intercept({
      method: 'POST',
      path: '/api/v3/repos/octo-org/reports/releases',
      before: () => server.addRelease('v1.2.0'),
    });
    const result = await uploadReleaseAssets(octokit, target(), files);
    expect(result.created).toBe(false);
    expect(server.releases).toHaveLength(1);
    expect(server.releases[0]?.assets).toHaveLength(2);
  });

  it('retries 5xx answers, then succeeds', async () => {
    server.intercept({ method: 'GET', path: /\/releases\/tags\//, status: 502 });
    server.intercept({ method: 'POST', path: /^\/api\/uploads\//, status: 500, times: 3 });

    const result = await uploadReleaseAssets(octokit, target(), files);

    expect(result.assets).toHaveLength(2);
    expect(server.releases[0]?.assets).toHaveLength(2);
    const uploads = server.requests.filter((r) => r.pathname.startsWith('/api/uploads/'));
    expect(uploads).toHaveLength(5);
  });

  it('fails with a clear message when the error persists', async () => {
    server.intercept({ method: 'POST', path: /^\/api\/uploads\//, status: 500, times: 100 });
    await expect(uploadReleaseAssets(octokit, target(), files)).rejects.toThrow(
      'Uploading reports/2025/README.pdf as asset "reports-2025-README.pdf" of release v1.2.0 failed: 500 Internal Server Error',
    );
    // One try plus three retries.
    expect(server.requests.filter((r) => r.pathname.startsWith('/api/uploads/'))).toHaveLength(4);
  });

  it('does not retry a refusal, and says what GitHub said', async () => {
    server.intercept({
      method: 'POST',
      path: '/api/v3/repos/octo-org/reports/releases',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(uploadReleaseAssets(octokit, target(), files)).rejects.toThrow(
      'Creating release v1.2.0 failed: 403 Resource not accessible by integration',
    );
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
