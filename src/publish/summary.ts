import { escapeHtml } from '../shared/format.js';
import { codeSpan, escapeMarkdown, escapeMentions } from './format.js';
import type { UploadedArtifact } from './artifact.js';
import type { PreviewComment } from './pr-comment.js';
import type { ReleaseUpload } from './release.js';

/** What was published, for the job summary. */
export interface PublishedForSummary {
  artifact?: Pick<UploadedArtifact, 'name' | 'url' | 'fileCount'>;
  release?: Pick<ReleaseUpload, 'tag' | 'htmlUrl' | 'assets'> & Partial<Pick<ReleaseUpload, 'pruned'>>;
  comment?: Pick<PreviewComment, 'url'>;
}

/** Job-summary lines for the published PDFs. */
export interface PublishSummary {
  /**
   * `[label, value]` rows for `core.summary.addTable`; the values are HTML (the summary's table cells are
   * HTML and not escaped by the toolkit), already escaped.
   */
  rows: [string, string][];
  /** The same as a Markdown list, for `core.summary.addRaw` or a plain-text report. */
  markdown: string;
}

/** Builds the job-summary rows for the artifact link, the release assets and the preview comment. */
export function summarizePublished(published: PublishedForSummary): PublishSummary {
  const rows: [string, string][] = [];
  const markdown: string[] = [];
  const { artifact, release, comment } = published;
  if (artifact) {
    const files = `${artifact.fileCount} PDF${artifact.fileCount === 1 ? '' : 's'}`;
    rows.push(['Artifact', `${link(artifact.url, artifact.name)} (${files})`]);
    markdown.push(
      `- Artifact: [${escapeMentions(escapeMarkdown(artifact.name))}](${artifact.url}) (${files})`,
    );
  }
  if (release) {
    const assets = release.assets.map((asset) => link(asset.url, asset.name)).join('<br>');
    rows.push([
      `Release ${escapeHtml(release.tag)}`,
      assets === '' ? link(release.htmlUrl, release.tag) : assets,
    ]);
    markdown.push(`- Release [${escapeMentions(escapeMarkdown(release.tag))}](${release.htmlUrl}):`);
    for (const asset of release.assets)
      markdown.push(`  - [${escapeMentions(escapeMarkdown(asset.name))}](${asset.url})`);
    for (const name of release.pruned ?? []) markdown.push(`  - removed as stale: ${codeSpan(name)}`);
  }
  if (comment) {
    rows.push(['PR preview', link(comment.url, 'comment')]);
    markdown.push(`- PR preview: [comment](${comment.url})`);
  }
  return { rows, markdown: markdown.join('\n') };
}

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}
