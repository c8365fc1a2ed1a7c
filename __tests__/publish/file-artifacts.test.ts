import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fileArtifactNames,
  MAX_FILE_ARTIFACTS,
  uploadFileArtifacts,
} from '../../src/publish/file-artifacts.js';
import { publishPdfs } from '../../src/publish/index.js';
import { shardArtifactName } from '../../src/engine/shard.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout, makeTempDir, removeDir, stubEnv, writePdfs } from './support.js';

describe('uploadFileArtifacts', () => {
  let server: GitHubServer;
  let outputDir: string;
  const run = () => ({
    serverUrl: 'https://github.com',
    owner: server.owner,
    repo: server.repo,
    runId: server.runId,
  });

  beforeEach(async () => {
    server = await startGitHubServer();
    outputDir = await makeTempDir();
    stubEnv(server.runnerEnv());
    captureStdout();
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await server.close();
    await removeDir(outputDir);
  });

  it('uploads each PDF unzipped under a unique readable name, linked like the zip', async () => {
    const pdfs = await writePdfs(outputDir, [
      { relativePdf: 'a/README.pdf', pages: 2 },
      { relativePdf: 'b/README.pdf' },
      { relativePdf: 'a-README.pdf' },
    ]);
    const result = await uploadFileArtifacts('docs', pdfs, { run: run() });
    expect(result.failures).toEqual([]);
    const names = [...result.uploaded.values()].map((a) => a.name);
    // Readable (the zip's name, then the folders) and unique: names that meet after flattening get a
    // short hash of their own path each, so neither depends on the other's order.
    expect(names[1]).toBe('docs-b-README.pdf');
    expect(names[0]).toMatch(/^docs-a-README~[0-9a-f]{8}\.pdf$/);
    expect(names[2]).toMatch(/^docs-a-README~[0-9a-f]{8}\.pdf$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(3);
    for (const pdf of pdfs) {
      const uploaded = result.uploaded.get(pdf.relativePdf)!;
      expect(uploaded.url).toBe(
        `https://github.com/${server.owner}/${server.repo}/actions/runs/${server.runId}/artifacts/${uploaded.id}`,
      );
      const stored = server.artifacts.find((a) => a.id === uploaded.id)!;
      expect(stored.mimeType).toBe('application/pdf');
      // Not a zip: the PDF's own bytes.
      expect(server.blobs.get(stored.blobPath)).toEqual(await readFile(pdf.pdf));
    }
  });

  it('gives every PDF one flat name the service accepts, whatever its path holds', () => {
    const names = fileArtifactNames('docs', ['q/why?.pdf', 'back\\slash.pdf', 'odd/"a|b".pdf', 'ok.pdf']);
    expect([...names.values()]).toEqual([
      'docs-q-why_.pdf',
      'docs-back_slash.pdf',
      'docs-odd-_a_b_.pdf',
      'docs-ok.pdf',
    ]);
  });

  it('keeps matrix shards apart through the zip name, which carries the shard', () => {
    const one = fileArtifactNames(shardArtifactName('docs', { index: 1, count: 2 }), ['x.pdf']);
    const two = fileArtifactNames(shardArtifactName('docs', { index: 2, count: 2 }), ['x.pdf']);
    expect(one.get('x.pdf')).not.toBe(two.get('x.pdf'));
  });

  it('replaces the same-name artifact an earlier attempt of this run left (a re-run)', async () => {
    const pdfs = await writePdfs(outputDir, [{ relativePdf: 'r.pdf' }]);
    const first = await uploadFileArtifacts('docs', pdfs, { run: run() });
    server.startJobRerun();
    stubEnv(server.runnerEnv());
    const again = await uploadFileArtifacts('docs', pdfs, { run: run() });
    expect(again.failures).toEqual([]);
    expect(server.deletedArtifacts.map((a) => a.id)).toEqual([first.uploaded.get('r.pdf')!.id]);
    expect(server.artifacts.filter((a) => a.name === 'docs-r.pdf')).toHaveLength(1);
  });

  it('uploads none on its own above the cap, and one failure does not stop the others', async () => {
    const pdfs = await writePdfs(outputDir, [
      { relativePdf: 'a.pdf' },
      { relativePdf: 'b.pdf' },
      { relativePdf: 'c.pdf' },
    ]);
    const over = await uploadFileArtifacts('docs', pdfs, { run: run(), cap: 2 });
    expect(over).toEqual({ uploaded: new Map(), skippedOverCap: 3, failures: [] });
    expect(server.artifacts).toEqual([]);

    server.intercept({ method: 'POST', path: /CreateArtifact/, status: 400 });
    const partly = await uploadFileArtifacts('docs', pdfs, { run: run() });
    expect(partly.failures).toHaveLength(1);
    expect(partly.failures[0]).toMatch(/^Uploading a\.pdf as artifact "docs-a\.pdf" failed: /);
    expect([...partly.uploaded.keys()]).toEqual(['b.pdf', 'c.pdf']);
  });

  it('publishes above the cap as the zip only, and the preview says so', async () => {
    const pdfs = await writePdfs(
      outputDir,
      Array.from({ length: MAX_FILE_ARTIFACTS + 1 }, (_, i) => ({ relativePdf: `r${i}.pdf` })),
    );
    const result = await publishPdfs({
      pdfs,
      outputDir,
      artifactName: 'docs',
      releaseTag: '',
      prComment: false,
      githubToken: '',
      run: { ...run(), apiUrl: server.apiUrl, eventName: 'push' },
    });
    expect(result.artifact?.fileCount).toBe(MAX_FILE_ARTIFACTS + 1);
    expect(server.artifacts.map((a) => a.name)).toEqual(['docs']);
    expect(result.report?.fileLinksSkipped).toEqual({
      count: MAX_FILE_ARTIFACTS + 1,
      cap: MAX_FILE_ARTIFACTS,
    });
    expect(result.report?.rows.every((row) => row.link === undefined)).toBe(true);
  });
});
