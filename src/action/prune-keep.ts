import { outputPathFor, type RejectedFile, type SourceFile } from '../engine/discover.js';
import { posixRelative } from '../shared/format.js';

/**
 * The PDFs (paths relative to the output folder) whose release assets `release-prune` keeps besides this
 * run's own: those of every document the `files` patterns still match. So a document that failed or was
 * refused keeps its last good PDF, and one a changed-only run left alone keeps its current PDF; only the
 * asset of a document that is gone is stale. Takes what discovery found, before changed-only narrowed it.
 */
export function pdfsOfExistingDocuments(
  found: { files: readonly SourceFile[]; rejected: readonly RejectedFile[] },
  outputDir: string,
): string[] {
  return [
    ...found.files.map((file) => file.outputPath),
    ...found.rejected.map((file) => outputPathFor(file.relativePath, outputDir)),
  ].map((pdf) => posixRelative(outputDir, pdf));
}
