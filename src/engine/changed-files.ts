import { errorMessage } from '../shared/errors.js';
import { execCommand } from '../shared/exec.js';

/** How a change touched a file, in the words of the pull-request files API. */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

/** One file a change adds, modifies, removes or renames (paths workspace-relative, forward slashes). */
export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** The old path of a rename. */
  previousPath?: string;
}

/** The changed files, or why they cannot be had (the caller then converts everything). */
export type ChangedList = { files: ChangedFile[]; source: string } | { unavailable: string };

/** The pull-request files API returns at most this many files; a list this long may be cut short. */
export const API_FILE_LIMIT = 3000;

/** The REST call this module makes (a subset of Octokit, so any client with `paginate.iterator` fits). */
export interface PullFilesClient {
  paginate: {
    iterator(
      route: string,
      parameters: Record<string, unknown>,
    ): AsyncIterable<{ data: unknown; status: number }>;
  };
}

/** The API's statuses, folded into ours: a copy is a new file, `changed` (mode only) a modification. */
function statusFromApi(status: unknown): ChangeStatus | undefined {
  switch (status) {
    case 'added':
    case 'copied':
      return 'added';
    case 'modified':
    case 'changed':
      return 'modified';
    case 'removed':
      return 'removed';
    case 'renamed':
      return 'renamed';
    default:
      return undefined;
  }
}

/**
 * The pull request's changed files from `GET /repos/{owner}/{repo}/pulls/{n}/files`, every page. This
 * works on the default shallow checkout. An API error, a page that is not a list, or a list at the API's
 * cap (it may be cut short) gives `unavailable` with the reason.
 */
export async function listPullRequestFiles(
  client: PullFilesClient,
  target: { owner: string; repo: string; pullNumber: number },
): Promise<ChangedList> {
  const files: ChangedFile[] = [];
  try {
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      if (!Array.isArray(page.data))
        return { unavailable: 'the pull-request files API did not answer a list' };
      for (const entry of page.data as unknown[]) {
        const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
        const status = statusFromApi(record.status);
        if (typeof record.filename !== 'string' || status === undefined) {
          return {
            unavailable: 'the pull-request files API answered an entry without a file name or status',
          };
        }
        const previous = record.previous_filename;
        files.push({
          path: record.filename,
          status,
          ...(status === 'renamed' && typeof previous === 'string' ? { previousPath: previous } : {}),
        });
      }
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const message = errorMessage(error);
    return {
      unavailable: `the pull-request files API failed (${typeof status === 'number' ? `${status} ` : ''}${message})`,
    };
  }
  if (files.length >= API_FILE_LIMIT) {
    return {
      unavailable: `the pull request changes ${API_FILE_LIMIT} or more files, the most the files API lists`,
    };
  }
  return { files, source: 'the pull-request files API' };
}

function git(workspace: string, args: string[]): Promise<string> {
  return execCommand('git', args, { cwd: workspace, timeoutMs: 60_000 });
}

/** True when the checkout has this commit (a shallow clone usually lacks the base). */
export async function hasCommit(workspace: string, commit: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return false;
  return git(workspace, ['cat-file', '-e', `${commit}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** Parses `git diff --name-status -z -M` output. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? '';
    if (code === '') continue;
    const letter = code[0];
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++] ?? '';
      const to = fields[i++] ?? '';
      files.push(
        letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' },
      );
    } else {
      const file = fields[i++] ?? '';
      const status: ChangeStatus = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified';
      files.push({ path: file, status });
    }
  }
  return files;
}

/**
 * The files changed between two commits, from git: `base...head` (since their merge base, as GitHub
 * compares a pull request). Unavailable when the checkout lacks either commit or their merge base.
 */
export async function listChangedFilesFromGit(
  workspace: string,
  base: string,
  head: string,
): Promise<ChangedList> {
  if (!(await hasCommit(workspace, base)) || !(await hasCommit(workspace, head))) {
    return { unavailable: 'the checkout does not have both commits' };
  }
  try {
    const output = await git(workspace, [
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--relative',
      `${base}...${head}`,
      '--',
    ]);
    return { files: parseNameStatus(output), source: `git (${base.slice(0, 7)}...${head.slice(0, 7)})` };
  } catch (error) {
    return {
      unavailable: `git diff failed: ${errorMessage(error)}`,
    };
  }
}

/**
 * The files changed since `ref` in the working tree (the CLI's `--changed-since`): committed and
 * uncommitted edits, and new files git does not ignore.
 */
export async function listChangedSince(workspace: string, ref: string): Promise<ChangedList> {
  try {
    await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return { unavailable: `git does not know "${ref}"` };
  }
  try {
    const diff = await git(workspace, ['diff', '--name-status', '-z', '-M', '--relative', ref, '--']);
    const untracked = await git(workspace, ['ls-files', '-z', '--others', '--exclude-standard']);
    const files = parseNameStatus(diff);
    for (const file of untracked.split('\0')) if (file) files.push({ path: file, status: 'added' });
    return { files, source: `git (since ${ref})` };
  } catch (error) {
    return {
      unavailable: `git diff failed: ${errorMessage(error)}`,
    };
  }
}
