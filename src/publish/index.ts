import * as core from '@actions/core';
import { uploadPdfArtifact, type ExtraArtifactFile, type UploadedArtifact } from './artifact.js';
import { createGitHubClient, type GitHubClient } from './github-client.js';
import { errorMessage, MdPdfError } from '../shared/errors.js';
import { MAX_FILE_ARTIFACTS, uploadFileArtifacts, type FileArtifacts } from './file-artifacts.js';
import { renderPreviewComment, upsertPreviewComment, type PreviewComment } from './pr-comment.js';
import { parsePagesMarker, type PreviewReport, type PreviewRow } from './preview-report.js';
import { uploadPreviewData } from './fork-preview.js';
import { previewDataOf } from './preview-data.js';
import { uploadReleaseAssets, type ReleaseUpload } from './release.js';
import { runUrl, type RunContext } from '../shared/run-context.js';
import type { PublishablePdf } from './types.js';

export {
  artifactUrl,
  uploadPdfArtifact,
  type ArtifactRequest,
  type ExtraArtifactFile,
  type RenamedEntry,
  type UploadedArtifact,
} from './artifact.js';
export { artifactEntryNames } from './artifact-names.js';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './github-client.js';
export {
  PREVIEW_MARKER,
  renderPreviewComment,
  upsertPreviewComment,
  type PreviewComment,
  type PullRequestTarget,
} from './pr-comment.js';
export {
  MAX_FILE_ARTIFACTS,
  fileArtifactNames,
  uploadFileArtifacts,
  type FileArtifacts,
} from './file-artifacts.js';
export { renderPreviewMarkdown, type PreviewReport, type PreviewRow } from './preview-report.js';
export { commentFromWorkflowRun, UntrustedPreviewError } from './fork-preview.js';
export {
  releaseAssetName,
  releaseAssetNames,
  releaseAssetUrls,
  uploadReleaseAssets,
  type PruneRequest,
  type ReleaseAssetFile,
  type ReleaseTarget,
  type ReleaseUpload,
  type UploadedReleaseAsset,
} from './release.js';
export { summarizePublished, type PublishSummary, type PublishedForSummary } from './summary.js';
export type { PublishablePdf } from './types.js';

/** Everything publishing needs; every field comes from the action's inputs or the run context. */
export interface PublishOptions {
  /** PDFs written by this run (never a scan of the output folder). */
  pdfs: readonly PublishablePdf[];
  /** Sources that failed in this run, mentioned in the PR comment (when `preview` is not given). */
  failedSources?: readonly string[];
  /** What the preview shows: one row per document (PDF or failure), removed documents, the scope. */
  preview?: PreviewFacts;
  /** Absolute output folder; paths in the artifact are relative to it. */
  outputDir: string;
  /** Input `artifact-name`; empty = no artifact. */
  artifactName: string;
  /** Input `retention-days`. */
  retentionDays?: number;
  /** Files to put into the artifact beside the PDFs (the run's report). */
  artifactExtras?: readonly ExtraArtifactFile[];
  /** Input `release-tag`; empty = no release upload. */
  releaseTag: string;
  /** Input `release-prune`: delete the release's PDF assets this run did not produce. */
  releasePrune?: boolean;
  /**
   * PDF paths (relative to the output folder) whose assets release-prune keeps although this run did not
   * upload them: documents that failed, were refused or were not converted (changed-only).
   */
  pdfsToKeep?: readonly string[];
  /** Input `pr-comment`: keep a preview comment on pull_request events. */
  prComment: boolean;
  /** Input `github-token`; only needed for the release and the comment. */
  githubToken: string;
  run: RunContext;
  /** A ready client (tests, or a caller that already has one); built from the token otherwise. */
  octokit?: GitHubClient;
}

/** The run's facts for the preview comment and summary; links are added as the artifacts are uploaded. */
export interface PreviewFacts {
  rows: readonly Omit<PreviewRow, 'link'>[];
  removed?: readonly string[];
  scope?: string;
  /** Only the changed documents were converted: no PDF at all is then normal, not a warning. */
  changedOnly?: boolean;
}

/** What was published; a step that was off or skipped is absent. */
export interface PublishResult {
  artifact?: UploadedArtifact;
  /** Each PDF as its own artifact. */
  files?: FileArtifacts;
  release?: ReleaseUpload;
  comment?: PreviewComment;
  /** The preview as the comment shows it (also for the job summary). */
  report?: PreviewReport;
  /** A fork's pull request: the artifact the `workflow_run` job makes the comment from. */
  previewData?: { id: number };
}

/** Thrown by {@link publishPdfs} when a step failed; `result` still holds what the other steps published. */
export class PublishError extends MdPdfError {
  constructor(
    message: string,
    readonly result: PublishResult,
    readonly errors: readonly Error[],
  ) {
    super(message);
  }
}

/**
 * Publishes this run's PDFs: the workflow artifact, then the release assets, then the PR preview comment
 * (which links the artifact). A failing step does not stop the others; the failures are thrown together at
 * the end as a {@link PublishError}.
 */
export async function publishPdfs(options: PublishOptions): Promise<PublishResult> {
  const { pdfs, run } = options;
  const result: PublishResult = {};
  const errors: Error[] = [];
  let octokit = options.octokit;
  // Built on first use: an artifact-only run needs no token at all.
  const github = (): GitHubClient => {
    if (octokit) return octokit;
    if (options.githubToken === '') {
      throw new Error('Input github-token is empty; it is needed for release-tag and pr-comment.');
    }
    return (octokit = createGitHubClient(options.githubToken, { baseUrl: run.apiUrl }));
  };

  const nothingChanged = pdfs.length === 0 && options.preview?.changedOnly === true;
  if (nothingChanged) core.info('No document changed, so no artifact is uploaded');
  else {
    await attempt(errors, async () => {
      result.artifact = await uploadPdfArtifact({
        name: options.artifactName,
        rootDirectory: options.outputDir,
        files: pdfs.map((pdf) => pdf.pdf),
        retentionDays: options.retentionDays,
        extraFiles: options.artifactExtras,
        run,
      });
    });
  }
  // Per-file artifacts go where the zip went: none when it was off, skipped or failed.
  if (result.artifact) {
    await attempt(errors, async () => {
      result.files = await uploadFileArtifacts(options.artifactName, pdfs, {
        retentionDays: options.retentionDays,
        run,
      });
      if (result.files.failures.length > 0) throw new Error(result.files.failures.join('\n'));
    });
  }
  result.report = previewReport(options, result);

  if (options.releaseTag !== '' && pdfs.length > 0) {
    await attempt(errors, async () => {
      result.release = await uploadReleaseAssets(
        github(),
        { owner: run.owner, repo: run.repo, tag: options.releaseTag, targetCommitish: run.sha },
        pdfs.map((pdf) => ({ path: pdf.pdf, relativePath: pdf.relativePdf })),
        options.releasePrune ? { keep: options.pdfsToKeep ?? [] } : undefined,
      );
    });
  }

  const pullNumber = run.pullRequestNumber;
  if (options.prComment && pullNumber !== undefined && run.fromFork) {
    // A fork's token cannot comment: leave what the comment needs to the workflow_run job.
    await attempt(errors, async () => {
      const names = new Map([...(result.files?.uploaded ?? [])].map(([file, a]) => [file, a.name]));
      result.previewData = await uploadPreviewData(previewDataOf(result.report!, pullNumber, names), {
        retentionDays: options.retentionDays,
      });
    });
  } else if (options.prComment && pullNumber !== undefined) {
    await attempt(errors, async () => {
      const report = result.report!;
      result.comment = await upsertPreviewComment(
        github(),
        { owner: run.owner, repo: run.repo, pullNumber },
        (previous) => renderPreviewComment({ ...report, previousPages: parsePagesMarker(previous) }),
      );
    });
  }

  if (errors.length > 0) {
    throw new PublishError(errors.map((error) => error.message).join('\n'), result, errors);
  }
  return result;
}

/** The preview's content: the run's rows with their artifact links, the zip, the commit. */
function previewReport(options: PublishOptions, result: PublishResult): PreviewReport {
  const { run } = options;
  const rows: Omit<PreviewRow, 'link'>[] = options.preview
    ? [...options.preview.rows]
    : [
        ...options.pdfs.map((pdf) => ({ ...pdf, warnings: [] })),
        ...(options.failedSources ?? []).map((source) => ({
          source,
          warnings: [],
          error: { message: 'could not be converted (see the logs)' },
        })),
      ];
  const links = result.files?.uploaded;
  const skipped = result.files?.skippedOverCap;
  return {
    rows: rows.map((row) => {
      const link = row.relativePdf ? links?.get(row.relativePdf)?.url : undefined;
      return link ? { ...row, link } : row;
    }),
    removed: options.preview?.removed,
    scope: options.preview?.scope,
    zip: result.artifact && { name: result.artifact.name, url: result.artifact.url },
    runUrl: runUrl(run),
    sha: run.sha,
    ...(skipped ? { fileLinksSkipped: { count: skipped, cap: MAX_FILE_ARTIFACTS } } : {}),
  };
}

/** The action outputs this module owns: `artifact-id`, `artifact-url`, `release-assets` (JSON list of URLs). */
export function publishOutputs(
  result: PublishResult,
): Record<'artifact-id' | 'artifact-url' | 'release-assets', string> {
  return {
    'artifact-id': result.artifact ? String(result.artifact.id) : '',
    'artifact-url': result.artifact?.url ?? '',
    'release-assets': JSON.stringify(result.release?.assets.map((asset) => asset.url) ?? []),
  };
}

async function attempt(errors: Error[], step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    errors.push(error instanceof Error ? error : new Error(errorMessage(error)));
    core.debug(`Publishing step failed: ${errorMessage(error)}`);
  }
}
