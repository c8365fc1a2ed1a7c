import { errorMessage, OptionError } from '../shared/errors.js';
import { listChangedFilesFromGit, listPullRequestFiles } from './changed-files.js';
import type { ChangedList, PullFilesClient } from './changed-files.js';
import { selectChangedDocuments } from './changed-only.js';
import type { ChangedOnlyContext, ChangedSelection } from './changed-only.js';
import type { RejectedFile, SourceFile } from './discover.js';
import type { RunContext } from '../shared/run-context.js';

/** Input `changed-only`: `auto` on pull requests only, `true` always, `false` never. */
export type ChangedOnlyMode = 'auto' | 'true' | 'false';

/** Parses `changed-only`; `name` is the input, for the error message. */
export function parseChangedOnly(value: string, name: string): ChangedOnlyMode {
  const mode = value.trim().toLowerCase() || 'auto';
  if (mode === 'auto' || mode === 'true' || mode === 'false') return mode;
  throw new OptionError(`${name} must be auto, true or false; got "${value}"`);
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Whether this run converts only what changed. */
export function changedOnlyApplies(mode: ChangedOnlyMode, eventName: string): boolean {
  return mode === 'true' || (mode === 'auto' && PULL_REQUEST_EVENTS.has(eventName));
}

/**
 * The run's changed files: from git when the checkout has both commits (base and head), else from the
 * pull-request files API. Unavailable when neither can answer.
 */
export async function changedFilesForRun(
  run: Pick<RunContext, 'owner' | 'repo' | 'sha' | 'baseSha' | 'pullRequestNumber'>,
  workspace: string,
  client: () => PullFilesClient,
): Promise<ChangedList> {
  let gitReason = 'the event names no base commit';
  if (run.baseSha && run.sha) {
    const fromGit = await listChangedFilesFromGit(workspace, run.baseSha, run.sha);
    if ('files' in fromGit) return fromGit;
    gitReason = fromGit.unavailable;
  }
  if (run.pullRequestNumber === undefined) return { unavailable: `not a pull request, and ${gitReason}` };
  try {
    return await listPullRequestFiles(client(), {
      owner: run.owner,
      repo: run.repo,
      pullNumber: run.pullRequestNumber,
    });
  } catch (error) {
    return { unavailable: errorMessage(error) };
  }
}

/** What the shell reports: the selection, or why everything is converted. */
export type ChangedScope =
  { narrowed: true; selection: ChangedSelection } | { narrowed: false; reason: string };

/**
 * Narrows the found documents to the changed ones; `narrowed: false` (convert everything) when a book is
 * made (it needs every document) or the changed list cannot be had.
 */
export async function narrowToChanges(
  found: { files: readonly SourceFile[]; rejected: readonly RejectedFile[] },
  changes: () => Promise<ChangedList>,
  context: ChangedOnlyContext & { merge: boolean },
): Promise<ChangedScope> {
  if (context.merge) return { narrowed: false, reason: 'merge makes a book of every document' };
  const list = await changes();
  if ('unavailable' in list)
    return { narrowed: false, reason: `the changed files are unknown: ${list.unavailable}` };
  const selection = await selectChangedDocuments(found, list.files, context);
  selection.note += ` (changed files from ${list.source})`;
  return { narrowed: true, selection };
}
