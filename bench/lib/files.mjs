// Small file helpers: finding outputs and checking that they are real PDFs.
import { Buffer } from 'node:buffer';
import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (recursively) whose name ends with `ext`. */
export async function listFiles(dir, ext) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** True when the file starts with the PDF signature: a zero-byte or HTML file is no PDF. */
async function isPdf(file) {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === '%PDF-';
  } finally {
    await handle.close();
  }
}

/** How many real PDFs are under `dir`. */
export async function countPdfs(dir) {
  let count = 0;
  for (const file of await listFiles(dir, '.pdf')) {
    if (await isPdf(file)) count++;
  }
  return count;
}

/** Deletes every PDF under `dir`, so the next run starts from nothing. */
export async function removePdfs(dir) {
  for (const file of await listFiles(dir, '.pdf')) await rm(file);
}
