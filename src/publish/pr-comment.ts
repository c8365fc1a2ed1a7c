import * as core from '@actions/core';
import { describeRequestError, httpStatusOf, type GitHubClient } from './github-client.js';
import { codeSpan, countOf, escapeMarkdown, escapeMentions, formatBytes, tableCodeSpan } from './format.js';
import type { PublishablePdf } from './types.js';

/** Hidden first line that identifies the preview comment among all the comments of a pull request. */
export const PREVIEW_MARKER = '<!-- md-pdf-action:preview -->';

/** The pull request to comment on. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** What the preview comment shows. */
export interface PreviewContent {
  pdfs: readonly Pick<PublishablePdf, 'relativePdf' | 'pages' | 'bytes'>[];
  /** The artifact holding the PDFs, if one was uploaded. */
  artifact?: { name: string; url: string };
  /** Page of the workflow run, linked when there is no artifact (and for the logs). */
  runUrl?: string;
  /** Commit the PDFs were built from. */
  sha?: string;
  /** Sources that failed to convert in this run. */
  failedSources?: readonly string[];
}

/** The preview comment after the update. */
export interface PreviewComment {
  id: number;
  url: string;
  /** False when an existing comment was updated. */
  created: boolean;
}

/** Renders the body of the preview comment (Markdown, starting with {@link PREVIEW_MARKER}). */
export function renderPreviewComment(content: PreviewContent): string {
  const { pdfs, artifact, runUrl, sha, failedSources = [] } = content;
  const lines = [PREVIEW_MARKER, '### PDF preview', ''];
  const built = `${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'} built${sha ? ` from ${sha.slice(0, 7)}` : ''}`;
  if (artifact) {
    lines.push(
      `${built}. Download them: [artifact ${escapeMentions(escapeMarkdown(artifact.name))} (zip)](${artifact.url})`,
    );
  } else if (runUrl) {
    lines.push(`${built}. No artifact was uploaded; see [the workflow run](${runUrl}).`);
  } else {
    lines.push(`${built}.`);
  }
  lines.push('');
  if (pdfs.length > 0) {
    lines.push('| PDF | Pages | Size |', '| --- | ---: | ---: |');
    for (const pdf of pdfs) {
      lines.push(`| ${tableCodeSpan(pdf.relativePdf)} | ${pdf.pages} | ${formatBytes(pdf.bytes)} |`);
    }
    lines.push('');
  }
  if (failedSources.length > 0) {
    const list = failedSources.map((source) => codeSpan(source)).join(', ');
    lines.push(
      `**${countOf(failedSources.length, 'file')} failed:** ${list}${runUrl ? ` ([logs](${runUrl}))` : ''}`,
      '',
    );
  }
  lines.push('<sub>Updated by md-pdf-action on every run for this pull request.</sub>');
  return lines.join('\n');
}

/**
 * Keeps exactly one preview comment on the pull request: creates it the first time, updates it later, and
 * deletes duplicates left by parallel runs. A token that may not comment (a fork's pull request, missing
 * `pull-requests: write`) gives a warning and undefined, never a failure.
 */
export async function upsertPreviewComment(
  octokit: GitHubClient,
  target: PullRequestTarget,
  body: string,
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
    const ours = comments.filter((comment) => comment.body?.startsWith(PREVIEW_MARKER));
    const [first, ...duplicates] = ours;
    if (!first) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: pullNumber,
        body,
      });
      return { id: data.id, url: data.html_url, created: true };
    }
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
    for (const duplicate of duplicates) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
    }
    return { id: data.id, url: data.html_url, created: false };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403 || status === 404) {
      core.warning(
        `Could not write the PDF preview comment on pull request #${pullNumber} (${describeRequestError(error)}). ` +
          `A pull request from a fork gets a read-only token; otherwise give the job "permissions: pull-requests: write".`,
      );
      return undefined;
    }
    throw new Error(
      `Writing the PDF preview comment on pull request #${pullNumber} failed: ${describeRequestError(error)}`,
      { cause: error },
    );
  }
}
