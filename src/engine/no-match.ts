import { OptionError } from '../shared/errors.js';

/** What to do when the patterns match no file at all, as in actions/upload-artifact. */
export const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'] as const;
export type IfNoFilesFound = (typeof IF_NO_FILES_FOUND)[number];
export const DEFAULT_IF_NO_FILES_FOUND: IfNoFilesFound = 'warn';

/** Accepts `warn`, `error` or `ignore` (any case); `name` is the input or flag, for the error message. */
export function parseIfNoFilesFound(value: string, name: string): IfNoFilesFound {
  const found = IF_NO_FILES_FOUND.find((choice) => choice === value.trim().toLowerCase());
  if (!found) throw new OptionError(`${name} must be one of ${IF_NO_FILES_FOUND.join(', ')}; got "${value}"`);
  return found;
}

/** How an empty match is reported: the same in both shells, each printing it its own way. */
export interface NoMatchOutcome {
  level: 'warning' | 'error' | 'info';
  message: string;
  /** True when the run fails (`error`). */
  fails: boolean;
}

/**
 * The outcome when the patterns matched nothing, or undefined when they matched something. It is about
 * the glob: a file that matched but was refused (a broken link) is a match, and so is a run whose shard
 * or changed-files filter leaves nothing to do (that is not an empty glob).
 */
export function noMatchOutcome(
  matched: number,
  patterns: readonly string[],
  policy: IfNoFilesFound,
): NoMatchOutcome | undefined {
  if (matched > 0) return undefined;
  const message = `No Markdown files match ${patterns.join(', ')}`;
  if (policy === 'error') return { level: 'error', message, fails: true };
  if (policy === 'ignore') return { level: 'info', message, fails: false };
  return { level: 'warning', message, fails: false };
}
