import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';
import { countOf } from './format.js';
import { errorMessage } from './github-client.js';
import { runUrl, type RunContext } from './run-context.js';

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
  run: Pick<RunContext, 'serverUrl' | 'owner' | 'repo' | 'runId'>;
}

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
  fileCount: number;
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

  try {
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact(name, files, rootDirectory, { retentionDays });
    if (result.id === undefined) throw new Error('the artifact service returned no artifact id');
    const uploaded: UploadedArtifact = {
      id: result.id,
      name,
      url: artifactUrl(request.run, result.id),
      size: result.size ?? 0,
      digest: result.digest,
      fileCount: files.length,
    };
    core.info(`Uploaded ${countOf(files.length, 'PDF')} as artifact "${name}": ${uploaded.url}`);
    return uploaded;
  } catch (error) {
    // Artifacts v4 do not exist on GHES; with `artifact-name` on by default, failing there would make the
    // action unusable on GHES, while the release upload still works.
    if (error instanceof GHESNotSupportedError) {
      core.warning(`Skipping artifact "${name}": ${error.message} Set artifact-name to '' to silence this.`);
      return undefined;
    }
    throw new Error(`Uploading artifact "${name}" failed: ${describeUploadError(error)}`, { cause: error });
  }
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
