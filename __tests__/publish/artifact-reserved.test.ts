// A folder named like a file the artifact holds beside the PDFs (the report, the index of renamed entries)
// must not fail the upload: a zip cannot hold a folder and a file of one name.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import extractZip from 'extract-zip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAMES_INDEX_ENTRY, uploadPdfArtifact } from '../../src/publish/artifact.js';
import { artifactEntryNames } from '../../src/publish/artifact-names.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { captureStdout, listFiles, makeTempDir, removeDir, stubEnv, writePdfs } from './support.js';

describe('artifact entries beside the report and the names index', () => {
  let server: GitHubServer;
  let outputDir: string;
  let scratch: string;

  beforeEach(async () => {
    server = await startGitHubServer();
    outputDir = await makeTempDir();
    scratch = await makeTempDir();
    stubEnv(server.runnerEnv());
    captureStdout();
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await server.close();
    await removeDir(outputDir);
    await removeDir(scratch);
  });

  it('moves a folder named like one of them aside, uploading every PDF and the report', async () => {
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

  it('leaves a reserved name alone deeper down, and every path alone when nothing is reserved', () => {
    const paths = ['docs/md-pdf-report.json/a.pdf', 'md-pdf-report.json/a.pdf'];
    const reserved = artifactEntryNames(paths, ['md-pdf-report.json']);
    expect(reserved.get(paths[0]!)).toBe(paths[0]);
    expect(reserved.get(paths[1]!)).toMatch(/^md-pdf-report\.json~[0-9a-f]{8}\/a\.pdf$/);
    expect([...artifactEntryNames(paths).values()]).toEqual(paths);
  });
});
