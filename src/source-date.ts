import { execFile } from 'node:child_process';
import path from 'node:path';

/** Runs git in `cwd`; resolves with its output, or undefined when git fails, is missing or is slow. */
function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      // No optional locks: `git status` would otherwise refresh (and lock) the index, and two documents
      // converted at once would trip over each other's lock.
      { cwd, timeout: 10_000, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
}

/**
 * The time of the last commit that touched `file`, when the file is committed and unchanged since:
 * then rebuilding the same commit gives the same PDF, byte for byte. Undefined when git is missing,
 * the file is not in a repository (or git refuses it), not committed, or has uncommitted changes (its
 * content is newer than any commit, so no commit time would be true).
 *
 * In a shallow clone (actions/checkout's default depth of 1) every file's last commit is the checked-out
 * one: still the same date for the same commit.
 */
export async function commitDateOf(file: string): Promise<Date | undefined> {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const status = await git(['status', '--porcelain', '--untracked-files=all', '--', name], cwd);
  if (status === undefined || status.trim() !== '') return undefined;
  const seconds = (await git(['log', '-1', '--format=%ct', '--', name], cwd))?.trim();
  if (!seconds || !/^\d+$/.test(seconds)) return undefined;
  return new Date(Number(seconds) * 1000);
}

/**
 * The creation and modification date a PDF carries: `override` (SOURCE_DATE_EPOCH) when set, else the
 * source file's commit time, else now.
 */
export async function sourceDateFor(file: string, override: Date | undefined): Promise<Date> {
  return override ?? (await commitDateOf(file)) ?? new Date();
}
