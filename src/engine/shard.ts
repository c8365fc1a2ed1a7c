import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { RejectedFile, SourceFile } from './discover.js';
import { OptionError } from '../shared/errors.js';
import { formatSize } from './read-source.js';

/** This job's part of a sharded run: `2/4` is `{ index: 2, count: 4 }` (1-based, like a matrix list). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** More shards than this is a typo, not a matrix (GitHub allows 256 jobs per matrix). */
const MAX_SHARDS = 256;

/**
 * What a document costs to render beyond its bytes, expressed in bytes. Loading a page and running
 * Paged.js costs about as much as laying out ~4 KB of Markdown, so a hundred one-line notes are not
 * "free" next to one long spec. Shards are balanced on `size + DOCUMENT_OVERHEAD_BYTES`.
 */
export const DOCUMENT_OVERHEAD_BYTES = 4096;

/** Parses `k/n` (`2/4`); empty means "not sharded". `name` is the input or flag, for the error. */
export function parseShard(value: string, name: string): ShardSpec | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(trimmed);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new OptionError(
      `${name} must be "k/n": this job's number k from 1 to n, and the number of jobs n from 1 to ` +
        `${MAX_SHARDS}, e.g. "2/4" or "\${{ matrix.shard }}/4"; got "${value}"`,
    );
  }
  return { index, count };
}

/** A book needs every document, and a shard has only some: `merge` with a real `shard` is an error. */
export function refuseMergeInShard(
  shard: ShardSpec | undefined,
  merge: string | undefined,
  shardName: string,
  mergeName: string,
): void {
  if (shard && shard.count > 1 && merge) {
    throw new OptionError(
      `${mergeName} cannot be combined with ${shardName}: each shard converts only part of the files, ` +
        'so its book would miss the others',
    );
  }
}

/** `2-of-4`: the suffix of a shard's artifact name. */
export function shardLabel(shard: ShardSpec): string {
  return `${shard.index}-of-${shard.count}`;
}

/** The artifact a shard uploads: `<artifact-name>-2-of-4`; empty (no artifact) stays empty. */
export function shardArtifactName(artifactName: string, shard: ShardSpec | undefined): string {
  return shard && artifactName !== '' ? `${artifactName}-${shardLabel(shard)}` : artifactName;
}

/** Where an item sits on the ring: a hash of its key, so the order is random-looking but fixed. */
function ringPosition(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Assigns each item (a workspace-relative path and a weight) to one of `count` shards; returns the
 * 0-based shard of each item, in input order. Pure and deterministic: every job of a matrix computes the
 * same answer from the same files.
 *
 * The items are laid on a ring in the order of a hash of their key, and the ring is cut into `count`
 * arcs of equal total weight; an item belongs to the arc that holds its midpoint. That gives:
 * - balance: each shard's weight is within one item's weight of `total / count`;
 * - stability: adding an item of weight `w` only shifts the cuts by less than `w`, so only the items
 *   whose midpoints lie within `w` of a cut change shard — at most about one or two per cut for files of
 *   similar size, however many files there are. (Greedy largest-first balances as well but reshuffles
 *   everything on each addition; plain hash-mod-n is stable but ignores size.)
 */
export function assignShards(items: readonly { key: string; weight: number }[], count: number): number[] {
  const order = items
    .map((item, i) => ({
      i,
      position: ringPosition(item.key),
      key: item.key,
      weight: Math.max(0, item.weight),
    }))
    .sort((a, b) =>
      a.position !== b.position
        ? a.position < b.position
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
    );
  const total = order.reduce((sum, item) => sum + item.weight, 0);
  const shards = new Array<number>(items.length).fill(0);
  let start = 0;
  for (const item of order) {
    const midpoint = start + item.weight / 2;
    shards[item.i] = total === 0 ? 0 : Math.min(count - 1, Math.floor((midpoint * count) / total));
    start += item.weight;
  }
  return shards;
}

/** Shard (0-based) of a file that cannot be converted: reported by one job, not by all of them. */
function shardOfRejected(relativePath: string, count: number): number {
  return Number(BigInt('0x' + ringPosition(relativePath).slice(0, 12)) % BigInt(count));
}

/** What one shard of a run converts, and how it compares with the whole. */
export interface ShardSelection {
  files: SourceFile[];
  rejected: RejectedFile[];
  /** Bytes of Markdown in this shard and in all shards. */
  bytes: number;
  totalBytes: number;
  totalFiles: number;
}

/**
 * Keeps this job's part of the discovered files (see assignShards), balanced on their sizes on disk.
 * Every job of the matrix must discover the same files (same checkout, same patterns) for the parts to
 * add up to the whole. Files that were rejected go to one shard each, so each problem is reported once.
 */
export async function selectShard(
  files: readonly SourceFile[],
  rejected: readonly RejectedFile[],
  shard: ShardSpec,
): Promise<ShardSelection> {
  const sizes = await Promise.all(
    files.map((file) =>
      fs.stat(file.path).then(
        (stat) => stat.size,
        () => 0,
      ),
    ),
  );
  const assigned = assignShards(
    files.map((file, i) => ({ key: file.relativePath, weight: sizes[i]! + DOCUMENT_OVERHEAD_BYTES })),
    shard.count,
  );
  const mine = (s: number): boolean => s === shard.index - 1;
  return {
    files: files.filter((_, i) => mine(assigned[i]!)),
    rejected: rejected.filter((r) => mine(shardOfRejected(r.relativePath, shard.count))),
    bytes: sizes.reduce((sum, size, i) => (mine(assigned[i]!) ? sum + size : sum), 0),
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    totalFiles: files.length,
  };
}

/** The log line that says what this shard does: `Shard 2/4: 13 of 50 files (41 KB of 160 KB)`. */
export function describeShard(shard: ShardSpec, selection: ShardSelection): string {
  return (
    `Shard ${shard.index}/${shard.count}: ${selection.files.length} of ${selection.totalFiles} ` +
    `file${selection.totalFiles === 1 ? '' : 's'} (${formatSize(selection.bytes)} of ${formatSize(selection.totalBytes)})`
  );
}
