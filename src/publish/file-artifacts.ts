import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { shortHash } from '../shared/file-name-limit.js';
import { artifactEntryNames } from './artifact-names.js';
import { artifactUrl, type ArtifactRequest } from './artifact.js';
import { errorMessage } from '../shared/errors.js';
import { artifactNamesInRun, deleteSameNameArtifact } from './replace-artifact.js';

/**
 * At most this many PDFs get an artifact of their own. Each is four or more calls to the artifact
 * service (list once, then delete on a re-run, create, upload, finalize); beyond the cap only the zip is
 * uploaded, and the preview comment says so.
 */
export const MAX_FILE_ARTIFACTS = 30;

/** One PDF to upload unzipped. */
export interface FileArtifactInput {
  /** Absolute path of the PDF. */
  pdf: string;
  /** Its path relative to the output folder (forward slashes): the key of the result, and the readable name. */
  relativePdf: string;
}

/** A PDF uploaded as its own artifact: its link opens the PDF in the browser. */
export interface FileArtifact {
  id: number;
  name: string;
  url: string;
}

/** What the per-file upload did. */
export interface FileArtifacts {
  /** By `relativePdf`. */
  uploaded: Map<string, FileArtifact>;
  /** Set when there were more PDFs than {@link MAX_FILE_ARTIFACTS}: none was uploaded on its own. */
  skippedOverCap?: number;
  /** One message per PDF whose upload failed (the others are still uploaded). */
  failures: string[];
}

/**
 * The artifact name of each PDF: `<prefix>-<folders-and-name>.pdf`, one flat file name (an unzipped
 * artifact is named after its file). The prefix is the zip's artifact name, which already carries the shard
 * (`reports-2-of-4`), so names stay unique across a matrix and across two steps of one job. Folders are
 * joined with `-`; two paths that then meet (`a-b/c.pdf`, `a/b-c.pdf`) get a short hash of their path;
 * the characters the service refuses and the 255-byte limit are handled as for zip entries
 * (artifactEntryNames).
 */
export function fileArtifactNames(prefix: string, relativePdfs: readonly string[]): Map<string, string> {
  // An artifact's name may not hold `/` or a backslash either (a zip entry may hold a backslash).
  const flat = new Map(
    relativePdfs.map((file) => [file, `${prefix}-${file.split('/').join('-').replace(/\\/g, '_')}`]),
  );
  const counts = new Map<string, number>();
  for (const name of flat.values()) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  for (const [file, name] of flat) {
    if (counts.get(name.toLowerCase())! > 1)
      flat.set(file, name.replace(/(\.pdf)?$/i, `~${shortHash(file)}$1`));
  }
  const safe = artifactEntryNames([...flat.values()]);
  return new Map([...flat].map(([file, name]) => [file, safe.get(name)!]));
}

/**
 * Uploads each PDF as an unzipped artifact (`skipArchive`, served as `application/pdf`). The artifact takes
 * its file's base name, so a copy named after the unique artifact name is uploaded. An artifact of the same
 * name left by an earlier attempt of this run (a re-run) is deleted first. Up to {@link MAX_FILE_ARTIFACTS}.
 */
export async function uploadFileArtifacts(
  prefix: string,
  pdfs: readonly FileArtifactInput[],
  options: { retentionDays?: number; run: ArtifactRequest['run']; cap?: number },
): Promise<FileArtifacts> {
  const cap = options.cap ?? MAX_FILE_ARTIFACTS;
  if (pdfs.length === 0) return { uploaded: new Map(), failures: [] };
  if (pdfs.length > cap) {
    core.info(`${pdfs.length} PDFs is more than ${cap}: only the zip is uploaded, no artifact per PDF`);
    return { uploaded: new Map(), skippedOverCap: pdfs.length, failures: [] };
  }
  const names = fileArtifactNames(
    prefix,
    pdfs.map((pdf) => pdf.relativePdf),
  );
  const client = new DefaultArtifactClient();
  const existing = await artifactNamesInRun(client);
  const staging = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'md-pdf-files-'));
  const uploaded = new Map<string, FileArtifact>();
  const failures: string[] = [];
  try {
    // One at a time: each is several calls, and the service rate-limits a burst from one job.
    for (const pdf of pdfs) {
      const name = names.get(pdf.relativePdf)!;
      try {
        await deleteSameNameArtifact(client, name, existing);
        const copy = path.join(staging, name);
        await fs.copyFile(pdf.pdf, copy);
        const result = await client.uploadArtifact(name, [copy], staging, {
          skipArchive: true,
          retentionDays: options.retentionDays,
        });
        if (result.id === undefined) throw new Error('the artifact service returned no artifact id');
        uploaded.set(pdf.relativePdf, { id: result.id, name, url: artifactUrl(options.run, result.id) });
        await fs.rm(copy, { force: true });
      } catch (error) {
        failures.push(`Uploading ${pdf.relativePdf} as artifact "${name}" failed: ${errorMessage(error)}`);
      }
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  core.info(`Uploaded ${uploaded.size} PDF(s) as artifacts of their own (links open them in the browser)`);
  return { uploaded, failures };
}
