import * as core from '@actions/core';
import { describeRequestError, httpStatusOf, type GitHubClient } from './github-client.js';
import { renderPreviewCommentBody, type PreviewReport } from './preview-report.js';

/** Hidden first line that identifies the preview comment among all the comments of a pull request. */
export const PREVIEW_MARKER = '<!-- md-pdf-action:preview -->';

/** The pull request to comment on. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** The preview comment after the update. */
export interface PreviewComment {
  id: number;
  url: string;
  /** False when an existing comment was updated. */
  created: boolean;
}

/** Renders the body of the preview comment (Markdown, starting with {@link PREVIEW_MARKER}). */
export function renderPreviewComment(report: PreviewReport): string {
  return renderPreviewCommentBody(PREVIEW_MARKER, report);
}

/**
 * Keeps exactly one preview comment on the pull request: creates it the first time, updates it later, and
 * deletes duplicates left by parallel runs. A token that may not comment (a fork's pull request, missing
 * `pull-requests: write`) gives a warning and undefined, never a failure.
 */
export async function upsertPreviewComment(
  octokit: GitHubClient,
  target: PullRequestTarget,
  body: string | ((previous: string | undefined) => string),
): Promise<PreviewComment | undefined> {
  const { owner, repo, pullNumber } = target;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100,
    });
    // startsWith, not includes: a reply quoting our comment contains the marker too, after "> ".
    const marked = comments.filter((comment) => comment.body?.startsWith(PREVIEW_MARKER));
    // Anyone can post the marker: a bot's comment (the workflow token's) wins over a person's.
    const bots = marked.filter((comment) => comment.user?.type === 'Bot');
    const [first, ...duplicates] = bots.length > 0 ? bots : marked;
    // The body may depend on the previous preview (the page counts it carried).
    const text = typeof body === 'string' ? body : body(first?.body ?? undefined);
    const create = async (): Promise<PreviewComment> => {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: pullNumber,
        body: text,
      });
      return { id: data.id, url: data.html_url, created: true };
    };
    if (!first) return await create();
    let data;
    try {
      ({ data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: first.id,
        body: text,
      }));
    } catch (error) {
      // Someone else's comment with the marker (a token may edit only its own): post ours instead.
      if (httpStatusOf(error) !== 403 || first.user?.type === 'Bot') throw error;
      return await create();
    }
    for (const duplicate of duplicates) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
    }
    return { id: data.id, url: data.html_url, created: false };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 404) {
      core.warning(
        `Could not write the PDF preview comment on pull request #${pullNumber} (${describeRequestError(error)}). ` +
          `Give the job "permissions: pull-requests: write"; for pull requests from forks (read-only token) use the two-workflow pattern of the README (preview-from-workflow-run).`,
      );
      return undefined;
    }
    throw new Error(
      `Writing the PDF preview comment on pull request #${pullNumber} failed: ${describeRequestError(error)}`,
      { cause: error },
    );
  }
}
