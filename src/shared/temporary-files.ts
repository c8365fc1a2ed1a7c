import fs from 'node:fs';

/**
 * Temporary files being written right now (writeFileAtomic) and the browsers' scratch folders
 * (browser/browser-scratch.ts), so that a stopping process can remove them.
 */
const pending = new Set<string>();
let exitHookInstalled = false;

/**
 * Records a temporary file about to be written. Whatever way the process ends through `process.exit`
 * (a second Ctrl-C, an unexpected error in a shell), the file is removed before it goes.
 */
export function trackTemporaryFile(file: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', removeTemporaryFilesSync);
  }
  pending.add(file);
}

/** The file was renamed into place or removed: nothing left to clean up. */
export function releaseTemporaryFile(file: string): void {
  pending.delete(file);
}

/** The temporary files being written now (for tests). */
export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

/**
 * Removes every temporary file (and folder) still tracked, synchronously: it runs where no promise will
 * be waited for any more (an `exit` handler, a signal handler about to exit). One that cannot be removed
 * does not keep the others: this runs on the way out, where an exception would help nobody.
 */
export function removeTemporaryFilesSync(): void {
  for (const file of pending) {
    try {
      fs.rmSync(file, { force: true, recursive: true, maxRetries: 2 });
    } catch {
      // Left behind: nothing more can be done while the process ends.
    }
  }
  pending.clear();
}
