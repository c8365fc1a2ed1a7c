import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that it either appears whole or not at all: the bytes go to a temporary file in the
 * same folder, which is then renamed over the target (atomic on one filesystem). A run killed midway
 * leaves at most a `.tmp` file, never a half PDF under the real name.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
