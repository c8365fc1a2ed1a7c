// The folder a browser writes into: its profile and its own temporary files, in one place that this
// process removes when the browser is gone, however the run ends (see shared/temporary-files.ts).
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { releaseTemporaryFile, trackTemporaryFile } from '../shared/temporary-files.js';

/** Where a browser keeps what it writes while it runs. */
export interface BrowserScratch {
  /** The folder holding both below (`md-pdf-browser-…`). */
  root: string;
  /** Its profile (`--user-data-dir`). */
  profile: string;
  /**
   * Its TMPDIR, for Chromium's own temporary files (the profile's singleton socket, shared memory); none
   * when the path would be too long for that socket (then Chromium uses the system's, as before).
   */
  temp?: string;
}

/**
 * Chromium puts its singleton socket at `$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`, and a
 * Unix socket's path holds at most 107 bytes: a longer TMPDIR makes the browser fail to start.
 */
const MAX_BROWSER_TMPDIR = 107 - '/org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

/**
 * Makes a fresh scratch folder for one browser in the system's temporary folder (RUNNER_TEMP is too
 * deep on some self-hosted runners, see MAX_BROWSER_TMPDIR). Puppeteer's own temporary profile was
 * removed only by an asynchronous callback once the browser had exited, so a run ending right after (a
 * cancel, a second signal) left it behind, with Chromium's temporary folder. This one is tracked, so
 * that even a forced exit removes it synchronously (shared/temporary-files.ts).
 */
export async function makeBrowserScratch(base = os.tmpdir()): Promise<BrowserScratch> {
  const root = await fs.mkdtemp(path.join(base, 'md-pdf-browser-'));
  trackTemporaryFile(root);
  const profile = path.join(root, 'profile');
  const temp = path.join(root, 'tmp');
  await fs.mkdir(profile);
  if (Buffer.byteLength(temp) > MAX_BROWSER_TMPDIR) return { root, profile };
  await fs.mkdir(temp);
  return { root, profile, temp };
}

/** Removes the scratch folder (its browser is gone, or never started). */
export async function removeBrowserScratch(scratch: BrowserScratch): Promise<void> {
  await fs.rm(scratch.root, { recursive: true, force: true, maxRetries: 2 });
  releaseTemporaryFile(scratch.root);
}

/**
 * Resolves once `child` has exited and its scratch folder is removed: only then has the browser left
 * nothing behind. Never rejects (a folder that cannot be removed stays tracked for the exit hook).
 */
export function removeScratchWhenGone(child: ChildProcess, scratch: BrowserScratch): Promise<void> {
  return exitOf(child)
    .then(() => removeBrowserScratch(scratch))
    .catch(() => undefined);
}

/** Resolves once `child` has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
}
