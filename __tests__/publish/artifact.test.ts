import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import extractZip from 'extract-zip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAMES_INDEX_ENTRY, uploadPdfArtifact, type ArtifactRequest } from '../../src/publish/artifact.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout, listFiles, makeTempDir, removeDir, stubEnv, writePdfs } from './support.js';

describe('uploadPdfArtifact', () => {
  let server: GitHubServer;
  let outputDir: string;
  let scratch: string;

  beforeEach(async () => {
    server = await startGitHubServer();
    outputDir = await makeTempDir();
    scratch = await makeTempDir();
    stubEnv(server.runnerEnv());
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await server.close();
    await removeDir(outputDir);
    await removeDir(scratch);
  });

  function request(overrides: Partial<ArtifactRequest> & Pick<ArtifactRequest, 'files'>): ArtifactRequest {
    return {
      name: 'pdf',
      rootDirectory: outputDir,
      run: { serverUrl: 'https://github.com', owner: server.owner, repo: server.repo, runId: server.runId },
      ...overrides,
    };
  }

  async function unzipArtifact(name: string): Promise<string> {
    const zip = server.artifactContent(name);
    expect(zip, `artifact ${name} was finalized`).toBeDefined();
    const zipPath = path.join(scratch, `${name}.zip`);
    await writeFile(zipPath, zip ?? Buffer.alloc(0));
    const dir = path.join(scratch, name);
    await extractZip(zipPath, { dir });
    return dir;
  }

  it('uploads exactly the PDFs of this run, with their folders, and links the artifact like upload-artifact', async () => {
    captureStdout();
    const pdfs = await writePdfs(outputDir, [
      { relativePdf: 'reports/2025/README.pdf', pages: 2 },
      { relativePdf: 'runbooks/README.pdf' },
      { relativePdf: 'index.pdf' },
    ]);
    // A PDF from an earlier run that must not be published.
    await mkdir(path.join(outputDir, 'old'), { recursive: true });
    await writeFile(path.join(outputDir, 'old', 'stale.pdf'), 'stale');

    const uploaded = await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf), retentionDays: 5 }));

    expect(uploaded).toBeDefined();
    const artifact = server.artifacts[0];
    expect(uploaded?.id).toBe(artifact?.id);
    expect(uploaded?.url).toBe(
      `https://github.com/octo-org/reports/actions/runs/4242/artifacts/${artifact?.id}`,
    );
    expect(uploaded?.fileCount).toBe(3);
    expect(uploaded?.size).toBe(server.artifactContent('pdf')?.length);
    expect(artifact?.mimeType).toBe('application/zip');
    const expires = Date.parse(artifact?.expiresAt ?? '');
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(5);

    const dir = await unzipArtifact('pdf');
    expect(await listFiles(dir)).toEqual(['index.pdf', 'reports/2025/README.pdf', 'runbooks/README.pdf']);
    for (const pdf of pdfs) {
      expect(await readFile(path.join(dir, pdf.relativePdf))).toEqual(await readFile(pdf.pdf));
    }
    // The zip went through the signed URL as staged blocks plus a block list.
    const blobCalls = server.requests
      .filter((r) => r.pathname.startsWith('/blob/'))
      .map((r) => r.query.get('comp'));
    expect(blobCalls.at(-1)).toBe('blocklist');
    expect(blobCalls.slice(0, -1).every((comp) => comp === 'block')).toBe(true);
    expect(server.unhandled).toEqual([]);
  });

  it('uploads every PDF when some names hold characters the service refuses, with an index of renamed entries', async () => {
    captureStdout();
    const odd = ['a|b.pdf', 'why?.pdf', 'Q: status.pdf', '"quoted".pdf', '<draft>.pdf', 'star*.pdf'];
    const pdfs = await writePdfs(outputDir, [
      ...odd.map((relativePdf) => ({ relativePdf })),
      { relativePdf: 'plain/ok.pdf' },
    ]);

    const uploaded = await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }));

    expect(uploaded?.fileCount).toBe(7);
    const dir = await unzipArtifact('pdf');
    expect(await listFiles(dir)).toEqual([
      'Q_ status.pdf',
      '_draft_.pdf',
      '_quoted_.pdf',
      'a_b.pdf',
      'md-pdf-names.json',
      'plain/ok.pdf',
      'star_.pdf',
      'why_.pdf',
    ]);
    const index = JSON.parse(await readFile(path.join(dir, 'md-pdf-names.json'), 'utf8')) as {
      renamed: { pdf: string; entry: string }[];
    };
    expect(index.renamed).toEqual(uploaded?.renamed);
    expect(index.renamed).toContainEqual({ pdf: 'Q: status.pdf', entry: 'Q_ status.pdf' });
    expect(index.renamed).toHaveLength(6);
    expect(await readFile(path.join(dir, 'why_.pdf'))).toEqual(
      await readFile(path.join(outputDir, 'why?.pdf')),
    );
  });

  it('does nothing when the artifact name is empty', async () => {
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    expect(await uploadPdfArtifact(request({ name: '', files: pdfs.map((p) => p.pdf) }))).toBeUndefined();
    expect(server.requests).toEqual([]);
  });

  it('warns and skips outside a runner (no ACTIONS_RUNTIME_TOKEN)', async () => {
    const out = captureStdout();
    stubEnv({ ACTIONS_RUNTIME_TOKEN: undefined });
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);

    expect(await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }))).toBeUndefined();
    expect(out.warnings().join('\n')).toMatch(
      /Skipping the upload of artifact "pdf": not running on a GitHub Actions runner/,
    );
    expect(server.requests).toEqual([]);
  });

  it('warns and skips on GHES, where artifacts v4 do not exist', async () => {
    const out = captureStdout();
    stubEnv({ GITHUB_SERVER_URL: server.url });
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);

    expect(await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }))).toBeUndefined();
    expect(out.warnings().join('\n')).toMatch(/Skipping artifact "pdf": .*not currently supported on GHES/);
    expect(server.requests).toEqual([]);
  });

  it('warns when the run wrote no PDF', async () => {
    const out = captureStdout();
    expect(await uploadPdfArtifact(request({ files: [] }))).toBeUndefined();
    expect(out.warnings()).toEqual(['No PDF was written in this run, so no artifact "pdf" was uploaded.']);
  });

  it('refuses a file outside the output folder (a sibling folder sharing its prefix included)', async () => {
    const sibling = `${outputDir}-other`;
    await writePdfs(sibling, [{ relativePdf: 'x.pdf' }]);
    try {
      await expect(uploadPdfArtifact(request({ files: [path.join(sibling, 'x.pdf')] }))).rejects.toThrow(
        /is not inside/,
      );
    } finally {
      await removeDir(sibling);
    }
    expect(server.requests).toEqual([]);
  });

  it('rides out 500s from blob storage and the results service', async () => {
    const out = captureStdout();
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a/one.pdf' }, { relativePdf: 'b/two.pdf' }]);
    server.intercept({ method: 'PUT', path: /comp=block&/, status: 500 });
    server.intercept({ method: 'PUT', path: /comp=blocklist/, status: 500 });
    // The results client waits 3 s before its first retry (hard-coded; uploadArtifact passes it no options).
    server.intercept({ path: /FinalizeArtifact$/, status: 500 });

    const uploaded = await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }));

    expect(uploaded?.id).toBe(server.artifacts[0]?.id);
    const statuses = server.requests.map(
      (r) =>
        `${r.method} ${r.pathname.startsWith('/blob/') ? r.query.get('comp') : r.pathname.split('/').at(-1)}`,
    );
    expect(statuses).toEqual([
      // A same-name artifact of an earlier attempt of this run would be replaced (see the re-run test).
      'POST ListArtifacts',
      'POST CreateArtifact',
      'PUT block',
      'PUT block',
      'PUT blocklist',
      'PUT blocklist',
      'POST FinalizeArtifact',
      'POST FinalizeArtifact',
    ]);
    expect(out.lines().join('\n')).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(500\)/);
    expect(await listFiles(await unzipArtifact('pdf'))).toEqual(['a/one.pdf', 'b/two.pdf']);
  });

  it("fails with the service's message on a permanent error", async () => {
    captureStdout();
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    server.intercept({
      path: /CreateArtifact$/,
      status: 400,
      body: { code: 'invalid_argument', msg: 'retention period is out of range' },
    });
    await expect(uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }))).rejects.toThrow(
      'Uploading artifact "pdf" failed: Failed to CreateArtifact: Received non-retryable error: ' +
        'Failed request: (400) Bad Request: retention period is out of range',
    );
  });

  it('replaces the artifact an earlier attempt of this run left (a re-run of the job)', async () => {
    const out = captureStdout();
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    const first = await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }));
    // Without the replacement, the service refuses the name: it is unique in the run, across attempts.
    server.startJobRerun();
    stubEnv(server.runnerEnv());
    const again = await uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }));
    expect(server.deletedArtifacts.map((a) => a.id)).toEqual([first!.id]);
    expect(server.artifacts.map((a) => a.id)).toEqual([again!.id]);
    expect(out.lines().join('\n')).toContain(
      'Artifact "pdf" is already in this run (a re-run of the job, or another job using the same name): replacing it',
    );
  });

  it('fails clearly when blob storage rejects the signed URL', async () => {
    captureStdout();
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'a.pdf' }]);
    server.intercept({
      method: 'PUT',
      path: /comp=block&/,
      status: 403,
      body:
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code>' +
        '<Message>Server failed to authenticate the request.</Message></Error>',
    });

    await expect(uploadPdfArtifact(request({ files: pdfs.map((p) => p.pdf) }))).rejects.toThrow(
      'Uploading artifact "pdf" failed: blob storage answered 403 AuthenticationFailed: ' +
        'Server failed to authenticate the request.',
    );
    expect(server.artifacts[0]?.finalized).toBe(false);
  });

  it('moves a folder named like one of them aside, uploading every PDF and the report', async () => {
    // A zip cannot hold a folder and a file of one name: the report and the names index sit at the top.
    captureStdout();
    const pdfs = await writePdfs(outputDir, [
      { relativePdf: 'md-pdf-report.json/a.pdf' },
      { relativePdf: 'MD-PDF-NAMES.json/b.pdf' },
      { relativePdf: 'ok.pdf' },
    ]);
    const report = path.join(scratch, 'report.json');
    await writeFile(report, '{"version":1}\n');

    const uploaded = await uploadPdfArtifact({
      name: 'pdf',
      rootDirectory: outputDir,
      files: pdfs.map((pdf) => pdf.pdf),
      extraFiles: [{ entry: 'md-pdf-report.json', path: report }],
      run: { serverUrl: 'https://github.com', owner: server.owner, repo: server.repo, runId: server.runId },
    });

    expect(uploaded?.fileCount).toBe(3);
    const zipPath = path.join(scratch, 'pdf.zip');
    await writeFile(zipPath, server.artifactContent('pdf') ?? Buffer.alloc(0));
    const dir = path.join(scratch, 'unzipped');
    await extractZip(zipPath, { dir });
    const files = await listFiles(dir);
    expect(files).toContain('md-pdf-report.json');
    expect(files).toContain(NAMES_INDEX_ENTRY);
    expect(files).toContain('ok.pdf');
    expect(files.filter((f) => /^md-pdf-report\.json~[0-9a-f]{8}\/a\.pdf$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /^MD-PDF-NAMES\.json~[0-9a-f]{8}\/b\.pdf$/.test(f))).toHaveLength(1);
    expect(await readFile(path.join(dir, 'md-pdf-report.json'), 'utf8')).toBe('{"version":1}\n');
    const index = JSON.parse(await readFile(path.join(dir, NAMES_INDEX_ENTRY), 'utf8')) as {
      renamed: { pdf: string; entry: string }[];
    };
    expect(index.renamed.map((r) => r.pdf).sort()).toEqual([
      'MD-PDF-NAMES.json/b.pdf',
      'md-pdf-report.json/a.pdf',
    ]);
  });
});
