import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';
import { countOf } from '../shared/format.js';
import { artifactEntryNames } from './artifact-names.js';
import { errorMessage } from '../shared/errors.js';
import { deleteSameNameArtifact } from './replace-artifact.js';
import { runUrl, type RunContext } from '../shared/run-context.js';

/** What to upload as the run's workflow artifact. */
export interface ArtifactRequest {
  /** Artifact name (input `artifact-name`); empty means no artifact. */
  name: string;
  /** The output folder: paths inside the zip are relative to it. */
  rootDirectory: string;
  /** Absolute paths of the PDFs written by this run; nothing else in the folder is uploaded. */
  files: readonly string[];
  /** Days to keep the artifact (input `retention-days`); the repository's setting when absent. */
  retentionDays?: number;
  /** Other files to put at the artifact's top level (the run's report), by entry name. */
  extraFiles?: readonly ExtraArtifactFile[];
  run: Pick<RunContext, 'serverUrl' | 'owner' | 'repo' | 'runId'>;
}

/** A file put into the artifact beside the PDFs. */
export interface ExtraArtifactFile {
  /** Name inside the artifact (a plain, accepted name such as `md-pdf-report.json`). */
  entry: string;
  /** Absolute path of the file to copy. */
  path: string;
}

/** A PDF whose path the artifact service would refuse, and the name it has inside the artifact instead. */
export interface RenamedEntry {
  /** Path relative to the output folder, `/`-separated. */
  pdf: string;
  /** Path inside the artifact. */
  entry: string;
}

/** The index of renamed entries inside the artifact, written only when a name had to change. */
export const NAMES_INDEX_ENTRY = 'md-pdf-names.json';

/** An uploaded workflow artifact. */
export interface UploadedArtifact {
  id: number;
  name: string;
  /** Page of the artifact, as actions/upload-artifact links it. */
  url: string;
  /** Size of the zip in bytes. */
  size: number;
  /** SHA-256 of the zip, hex. */
  digest?: string;
  /** PDFs in the artifact. */
  fileCount: number;
  /** PDFs stored under another name than their path (see artifactEntryNames), also in {@link NAMES_INDEX_ENTRY}. */
  renamed: RenamedEntry[];
  /** Entry names of the extra files that went in. */
  extraEntries: string[];
}

/** Link to an artifact, built exactly as actions/upload-artifact builds its `artifact-url` output. */
export function artifactUrl(run: ArtifactRequest['run'], id: number): string {
  return `${runUrl(run)}/artifacts/${id}`;
}

/**
 * Uploads this run's PDFs as one zip artifact, keeping their folders; undefined when there is nothing to
 * do or no artifact service to talk to (a warning says why). A failed upload throws the service's message.
 */
export async function uploadPdfArtifact(request: ArtifactRequest): Promise<UploadedArtifact | undefined> {
  const { name, retentionDays } = request;
  if (name === '') return undefined;
  const rootDirectory = path.resolve(request.rootDirectory);
  // Dedupe and check containment here: the toolkit only tests a string prefix, so `/out` would accept `/output/x`.
  const files = [...new Set(request.files.map((file) => path.resolve(file)))];
  for (const file of files) {
    const relative = path.relative(rootDirectory, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error(`Cannot upload ${file} in artifact "${name}": it is not inside ${rootDirectory}`);
    }
  }
  if (files.length === 0) {
    core.warning(`No PDF was written in this run, so no artifact "${name}" was uploaded.`);
    return undefined;
  }
  // Both are set by the runner only; a local run (CLI, act, a test) has no artifact service.
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.warning(
      `Skipping the upload of artifact "${name}": not running on a GitHub Actions runner ` +
        `(ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set). The PDFs are in ${rootDirectory}.`,
    );
    return undefined;
  }

  const staging = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'md-pdf-artifact-'));
  try {
    const staged = await stageArtifact(staging, rootDirectory, files, request.extraFiles ?? []);
    const client = new DefaultArtifactClient();
    await deleteSameNameArtifact(client, name);
    const result = await client.uploadArtifact(name, staged.files, staging, { retentionDays });
    if (result.id === undefined) throw new Error('the artifact service returned no artifact id');
    const uploaded: UploadedArtifact = {
      id: result.id,
      name,
      url: artifactUrl(request.run, result.id),
      size: result.size ?? 0,
      digest: result.digest,
      fileCount: staged.pdfCount,
      renamed: staged.renamed,
      extraEntries: staged.extraEntries,
    };
    core.info(`Uploaded ${countOf(staged.pdfCount, 'PDF')} as artifact "${name}": ${uploaded.url}`);
    return uploaded;
  } catch (error) {
    // Artifacts v4 do not exist on GHES; with `artifact-name` on by default, failing there would make the
    // action unusable on GHES, while the release upload still works.
    if (error instanceof GHESNotSupportedError) {
      core.warning(`Skipping artifact "${name}": ${error.message} Set artifact-name to '' to silence this.`);
      return undefined;
    }
    throw new Error(`Uploading artifact "${name}" failed: ${describeUploadError(error)}`, { cause: error });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/**
 * Lays the artifact out in `staging` under names the service accepts (hard links, or copies across file
 * systems), so one odd file name never fails the upload of the others. A PDF that cannot be staged is
 * left out with a warning.
 */
async function stageArtifact(
  staging: string,
  rootDirectory: string,
  files: readonly string[],
  extraFiles: readonly ExtraArtifactFile[],
): Promise<{ files: string[]; pdfCount: number; renamed: RenamedEntry[]; extraEntries: string[] }> {
  const relative = files.map((file) => path.relative(rootDirectory, file).split(path.sep).join('/'));
  const entries = artifactEntryNames(relative, [
    NAMES_INDEX_ENTRY,
    ...extraFiles.map((extra) => extra.entry),
  ]);
  const staged: string[] = [];
  const renamed: RenamedEntry[] = [];
  for (const [index, file] of files.entries()) {
    const pdf = relative[index]!;
    const entry = entries.get(pdf)!;
    try {
      staged.push(await linkOrCopy(file, path.join(staging, ...entry.split('/'))));
      if (entry !== pdf) renamed.push({ pdf, entry });
    } catch (error) {
      core.warning(`${pdf} is left out of the artifact: it could not be staged (${errorMessage(error)})`);
    }
  }
  const pdfCount = staged.length;
  const extraEntries: string[] = [];
  if (renamed.length > 0) {
    const index = path.join(staging, NAMES_INDEX_ENTRY);
    await fs.writeFile(index, JSON.stringify({ renamed }, null, 2) + '\n');
    staged.push(index);
    extraEntries.push(NAMES_INDEX_ENTRY);
  }
  for (const extra of extraFiles) {
    staged.push(await linkOrCopy(extra.path, path.join(staging, extra.entry)));
    extraEntries.push(extra.entry);
  }
  return { files: staged, pdfCount, renamed, extraEntries };
}

async function linkOrCopy(source: string, target: string): Promise<string> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.link(source, target);
  } catch {
    await fs.copyFile(source, target);
  }
  return target;
}

/** The results service's errors carry their status in the message already; blob storage's do not. */
function describeUploadError(error: unknown): string {
  const message = errorMessage(error);
  if (
    typeof error === 'object' &&
    error !== null &&
    'statusCode' in error &&
    typeof error.statusCode === 'number'
  ) {
    const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
    return `blob storage answered ${error.statusCode}${code}: ${message}`;
  }
  return message;
}
