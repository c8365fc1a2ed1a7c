import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentWarning, ResolvedLink } from '../markdown/processor.js';

/**
 * Finds links to repository files that do not exist (a typo, a file moved away): on GitHub they would
 * open a 404 page, so each is a warning at its line. Marks them `missing`, which the incremental key
 * includes, so a document is checked again once the file appears. Only asks whether the path exists: the
 * target was resolved inside the workspace, and nothing is read.
 */
export async function checkRepositoryLinks(
  links: readonly ResolvedLink[],
  workspace: string,
): Promise<DocumentWarning[]> {
  const warnings: DocumentWarning[] = [];
  for (const link of links) {
    if (!link.toRepository) continue;
    const exists = await fs.access(path.join(workspace, link.target)).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    link.missing = true;
    warnings.push({
      line: link.line,
      message: `the link to ${link.target} leads nowhere: the repository has no such file`,
    });
  }
  return warnings;
}
