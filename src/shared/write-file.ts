import { isInside } from './paths.js';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { releaseTemporaryFile, trackTemporaryFile } from './temporary-files.js';

/**
 * Makes the folders from `root` down to `folder`, one at a time, refusing any that is (or becomes) a
 * symlink leading out of `root`: a repository can commit `pdf/reports -> /somewhere`, and a plain
 * `mkdir -p` plus write would follow it. `root` itself is trusted (it is what the user chose).
 */
export async function makeFolderInside(root: string, folder: string): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  const realRoot = await fs.realpath(root);
  const relative = path.relative(root, folder);
  if (!isInside(root, folder)) throw new Error(`${folder} is outside the output folder ${root}`);
  let current = root;
  for (const part of relative.split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    await fs.mkdir(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    const real = await fs.realpath(current);
    if (!isInside(realRoot, real)) {
      throw new Error(
        `the output folder ${path.relative(root, current)} is a symlink that leads outside ${root}; ` +
          'remove the link',
      );
    }
    if (!(await fs.stat(real)).isDirectory()) {
      throw new Error(`${path.relative(root, current)} in the output folder is a file, not a folder`);
    }
  }
}

/**
 * Writes a file so that it either appears whole or not at all: the bytes go to a temporary file in the
 * same folder, which is then renamed over the target (atomic on one filesystem). A run killed midway
 * leaves at most a `.tmp` file, never a half PDF under the real name, and a process that stops on a signal
 * removes even that (temporary-files.ts). Every folder between `root` (the
 * output folder: required, so that no write can skip the guard) and the target must really lie inside
 * it (see makeFolderInside). Renaming replaces a symlink at the target itself, so an existing link never
 * redirects the write either.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, root: string): Promise<void> {
  await makeFolderInside(root, path.dirname(target));
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  trackTemporaryFile(temporary);
  try {
    // `wx`: a fresh file, never through something already lying at the temporary name.
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    releaseTemporaryFile(temporary);
  }
}
