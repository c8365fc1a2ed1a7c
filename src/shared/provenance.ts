import { execCommand } from './exec.js';

/** Values of the header/footer placeholders that say where a PDF was built: `{sha}`, `{ref}`, `{run}`. */
export interface Provenance {
  /** The built commit, 7 characters (the pull request's head on pull requests). */
  sha?: string;
  /** The branch (on a pull request, its head branch). */
  ref?: string;
  /** The workflow run number. */
  run?: string;
}

export const PROVENANCE_PLACEHOLDERS = ['sha', 'ref', 'run'] as const;

/** The provenance placeholders the templates use, with their values: what a PDF's incremental key must include. */
export function usedProvenance(
  templates: readonly (string | undefined)[],
  provenance: Provenance | undefined,
): Partial<Provenance> {
  const used: Partial<Provenance> = {};
  for (const name of PROVENANCE_PLACEHOLDERS) {
    if (templates.some((template) => template?.includes(`{${name}}`))) used[name] = provenance?.[name] ?? '';
  }
  return used;
}

/** A provenance from the run's facts; the commit is cut to 7 characters as people quote it. */
export function provenanceOf(facts: { sha?: string; ref?: string; run?: string }): Provenance {
  return { sha: facts.sha?.slice(0, 7), ref: facts.ref, run: facts.run };
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return execCommand('git', args, { cwd, timeoutMs: 15_000 }).then(
    (stdout) => stdout.trim() || undefined,
    () => undefined,
  );
}

/** The CLI's provenance: the checkout's commit and branch, and the run number when run inside a workflow. */
export async function localProvenance(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Provenance> {
  const [sha, ref] = await Promise.all([
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
  ]);
  return provenanceOf({
    sha,
    ref: ref === 'HEAD' ? undefined : ref,
    run: env.GITHUB_RUN_NUMBER || undefined,
  });
}
