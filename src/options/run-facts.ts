import type { ChangedOnlyContext } from '../engine/changed-only.js';
import type { SourceFile } from '../engine/discover.js';
import type { ConvertOptions } from '../engine/options.js';
import { releaseAssetUrls } from '../publish/release.js';
import { posixRelative } from '../shared/format.js';
import { localProvenance, provenanceOf, usedProvenance } from '../shared/provenance.js';
import type { Provenance } from '../shared/provenance.js';
import { repositoryFileUrl } from '../shared/run-context.js';
import type { RunContext } from '../shared/run-context.js';
import type { RunPlan } from './resolve.js';

/**
 * The values of `{sha}`, `{ref}` and `{run}`: from the workflow run's event (the action: on a pull request,
 * its head, not GitHub's merge commit), or from the checkout (the CLI, as the README says; git is asked
 * only when a template shows one of them).
 */
export async function templateProvenance(
  options: Pick<ConvertOptions, 'header' | 'footer' | 'workspace'>,
  from: RunContext | 'checkout',
): Promise<Provenance | undefined> {
  if (from !== 'checkout') return provenanceOf({ sha: from.sha, ref: from.refName, run: from.runNumber });
  const used = usedProvenance([options.header, options.footer], undefined);
  return Object.keys(used).length > 0 ? localProvenance(options.workspace) : undefined;
}

/**
 * Where links between files go, the same for both shells: to every document the patterns match (in this
 * shard or another); to other repository files on GitHub, when there is a workflow run; and, with a
 * release tag, to each document's own release asset instead of the PDF beside it.
 */
export function linkTargets(
  found: readonly SourceFile[],
  where: { run?: RunContext; releaseTag?: string; outputDir: string },
): Pick<ConvertOptions, 'documentSet' | 'repositoryFileUrl' | 'publishedPdfUrls'> {
  const { run, releaseTag, outputDir } = where;
  return {
    documentSet: found.map((f) => f.relativePath),
    repositoryFileUrl: run ? repositoryFileUrl(run) : undefined,
    publishedPdfUrls:
      run && releaseTag
        ? releaseAssetUrls(
            run,
            releaseTag,
            found.map((f) => ({
              source: f.relativePath,
              relativePdf: posixRelative(outputDir, f.outputPath),
            })),
          )
        : undefined,
  };
}

/** What narrowing a run to its changes (`changed-only`, `--changed-since`) needs of the plan. */
export function changeScopeContext(
  plan: Pick<RunPlan, 'patterns' | 'convert'>,
): ChangedOnlyContext & { merge: boolean } {
  const { workspace, css, maxFileSize, merge } = plan.convert;
  return { workspace, patterns: plan.patterns, css, maxFileSize, merge: merge !== undefined };
}
