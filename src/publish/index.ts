import * as core from '@actions/core';
import { uploadPdfArtifact, type ExtraArtifactFile, type UploadedArtifact } from './artifact.js';
import { createGitHubClient, errorMessage, type GitHubClient } from './github-client.js';
import { renderPreviewComment, upsertPreviewComment, type PreviewComment } from './pr-comment.js';
import { uploadReleaseAssets, type ReleaseUpload } from './release.js';
import { runUrl, type RunContext } from './run-context.js';
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
  type PreviewContent,
  type PullRequestTarget,
} from './pr-comment.js';
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
export { readRunContext, repositoryFileUrl, runUrl, type RunContext } from './run-context.js';
export { summarizePublished, type PublishSummary, type PublishedForSummary } from './summary.js';
export type { PublishablePdf } from './types.js';

/** Everything publishing needs; every field comes from the action's inputs or the run context. */
export interface PublishOptions {
  /** PDFs written by this run (never a scan of the output folder). */
  pdfs: readonly PublishablePdf[];
  /** Sources that failed in this run, mentioned in the PR comment. */
  failedSources?: readonly string[];
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
   * PDF paths (relative to the output folder) of documents that failed or were refused: release-prune keeps
   * their assets.
   */
  failedPdfs?: readonly string[];
  /** Input `pr-comment`: keep a preview comment on pull_request events. */
  prComment: boolean;
  /** Input `github-token`; only needed for the release and the comment. */
  githubToken: string;
  run: RunContext;
  /** A ready client (tests, or a caller that already has one); built from the token otherwise. */
  octokit?: GitHubClient;
}

/** What was published; a step that was off or skipped is absent. */
export interface PublishResult {
  artifact?: UploadedArtifact;
  release?: ReleaseUpload;
  comment?: PreviewComment;
}

/** Thrown by {@link publishPdfs} when a step failed; `result` still holds what the other steps published. */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly result: PublishResult,
    readonly errors: readonly Error[],
  ) {
    super(message);
    this.name = 'PublishError';
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

  if (options.releaseTag !== '' && pdfs.length > 0) {
    await attempt(errors, async () => {
      result.release = await uploadReleaseAssets(
        github(),
        { owner: run.owner, repo: run.repo, tag: options.releaseTag, targetCommitish: run.sha },
        pdfs.map((pdf) => ({ path: pdf.pdf, relativePath: pdf.relativePdf })),
        options.releasePrune ? { keep: options.failedPdfs ?? [] } : undefined,
      );
    });
  }

  const pullNumber = run.pullRequestNumber;
  if (options.prComment && pullNumber !== undefined) {
    await attempt(errors, async () => {
      const body = renderPreviewComment({
        pdfs,
        artifact: result.artifact,
        runUrl: runUrl(run),
        sha: run.sha,
        failedSources: options.failedSources,
      });
      result.comment = await upsertPreviewComment(
        github(),
        { owner: run.owner, repo: run.repo, pullNumber },
        body,
      );
    });
  }

  if (errors.length > 0) {
    throw new PublishError(errors.map((error) => error.message).join('\n'), result, errors);
  }
  return result;
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
