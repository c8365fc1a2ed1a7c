import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { countOf } from '../shared/format.js';
import { shortHash } from '../shared/file-name-limit.js';
import { describeRequestError, httpStatusOf, isAlreadyExists, type GitHubClient } from './github-client.js';

/** A PDF to attach to the release. */
export interface ReleaseAssetFile {
  /** Absolute path of the PDF. */
  path: string;
  /** Path relative to the output folder (`reports/2025/README.pdf`); gives the asset its name and label. */
  relativePath: string;
}

/** The release to attach the PDFs to. */
export interface ReleaseTarget {
  owner: string;
  repo: string;
  /** Tag of the release (input `release-tag`); the release is created when it does not exist. */
  tag: string;
  /** Commit to create the tag from when neither release nor tag exists yet (the built commit). */
  targetCommitish?: string;
}

/** One asset as it is on the release after the upload. */
export interface UploadedReleaseAsset {
  id: number;
  name: string;
  relativePath: string;
  /** Public download link (`browser_download_url`). */
  url: string;
  size: number;
  /** An asset of the same name was deleted first. */
  replaced: boolean;
}

/** The release and what was uploaded to it. */
export interface ReleaseUpload {
  releaseId: number;
  tag: string;
  htmlUrl: string;
  /** The release did not exist and was created by this run. */
  created: boolean;
  assets: UploadedReleaseAsset[];
  /** Names of the stale PDF assets `release-prune` deleted. */
  pruned: string[];
}

/** `release-prune`: delete the release's PDF assets this run did not produce. */
export interface PruneRequest {
  /**
   * PDF paths (relative to the output folder) of documents that still exist but were not uploaded by this
   * run (failed, refused, or not converted by changed-only): their assets are kept, so the last good PDF
   * stays on the release.
   */
  keep: readonly string[];
}

interface Release {
  id: number;
  tag_name: string;
  html_url: string;
  upload_url: string;
  draft?: boolean;
}

interface Asset {
  id: number;
  name: string;
  size: number;
  browser_download_url: string;
}

/**
 * Asset name for a PDF, from its path relative to the output folder. The rule:
 * 1. the folders and the file name are joined with `-` (`reports/2025/README.pdf` → `reports-2025-README.pdf`);
 * 2. accents are dropped and every run of characters other than `A-Z a-z 0-9 . _ -` becomes one `-`, because
 *    GitHub renames such names itself and a re-run must find the asset under the name it chose;
 * 3. dashes just before the extension and leading/trailing `.` and `-` are removed (GitHub strips
 *    leading/trailing dots too);
 * 4. a path with nothing of `A-Z a-z 0-9` left (all CJK or emoji) becomes `document-<hash of the path>.pdf`.
 * Use {@link releaseAssetNames} for a set of files: it also resolves collisions.
 */
export function releaseAssetName(relativePath: string): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(relativePath)?.[0] ?? '';
  const stem = relativePath
    .slice(0, relativePath.length - extension.length)
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (stem !== '') return stem + extension;
  // Nothing readable is left (a name all in CJK or emoji): a hash of the path keeps such names apart.
  return relativePath === '' ? 'document.pdf' : `document-${shortHash(relativePath)}${extension || '.pdf'}`;
}

/**
 * Asset names for a set of PDFs, one per path and all distinct (case-insensitively, as GitHub compares them):
 * when two paths give the same {@link releaseAssetName} (`a-b/c.pdf`, `a/b-c.pdf`), each of them gets the first
 * 8 hex digits of the SHA-256 of its relative path before the extension, so the name stays stable across runs.
 */
export function releaseAssetNames(relativePaths: readonly string[]): string[] {
  const names = relativePaths.map(releaseAssetName);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  return names.map((name, index) =>
    counts.get(name.toLowerCase()) === 1 ? name : withPathHash(name, relativePaths[index] ?? ''),
  );
}

/** `name.pdf` → `name-<8 hex of the path's SHA-256>.pdf`, the form a colliding name takes. */
function withPathHash(name: string, relativePath: string): string {
  const hash = shortHash(relativePath);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${hash}${name.slice(dot)}` : `${name}-${hash}`;
}

/** Every name a PDF's asset may have had: plain, or with its path's hash when it collided in that run. */
function possibleAssetNames(relativePath: string): string[] {
  const name = releaseAssetName(relativePath);
  return [name, withPathHash(name, relativePath)];
}

/**
 * Where each document's PDF will be downloadable as an asset of the release `tag`, by source path: the
 * names uploadReleaseAssets gives them (collisions are resolved over all the documents, as they are when
 * every document converts).
 */
export function releaseAssetUrls(
  run: { serverUrl: string; owner: string; repo: string },
  tag: string,
  documents: ReadonlyArray<{ source: string; relativePdf: string }>,
): Map<string, string> {
  const names = releaseAssetNames(documents.map((d) => d.relativePdf));
  const base = `${run.serverUrl}/${run.owner}/${run.repo}/releases/download/${encodeURIComponent(tag)}/`;
  return new Map(documents.map((d, i) => [d.source, base + encodeURIComponent(names[i]!)]));
}

/**
 * The URL to POST an asset to, from the release's `upload_url` URI template (`…/assets{?name,label}`).
 * Octokit's own upload method builds the URL from uploads.github.com and so misses GHES.
 */
export function assetUploadUrl(uploadUrlTemplate: string, name: string, label: string): string {
  const base = uploadUrlTemplate.replace(/\{\?[^}]*\}$/, '');
  return `${base}?name=${encodeURIComponent(name)}&label=${encodeURIComponent(label)}`;
}

/**
 * Uploads each PDF as an asset of the release tagged `target.tag` (created if missing), replacing an asset of
 * the same name. Throws on the first failure, naming the asset and GitHub's message.
 */
export async function uploadReleaseAssets(
  octokit: GitHubClient,
  target: ReleaseTarget,
  files: readonly ReleaseAssetFile[],
  prune?: PruneRequest,
): Promise<ReleaseUpload> {
  const { release, created } = await findOrCreateRelease(octokit, target);
  const existing = await listAssets(octokit, target, release.id);
  const names = releaseAssetNames(files.map((file) => file.relativePath));
  const assets: UploadedReleaseAsset[] = [];
  // One at a time: GitHub asks for content-creating requests to be serial (secondary rate limits).
  for (const [index, file] of files.entries()) {
    const name = names[index] ?? releaseAssetName(file.relativePath);
    try {
      assets.push(await replaceAsset(octokit, target, release, existing, file, name));
    } catch (error) {
      throw new Error(
        `Uploading ${file.relativePath} as asset "${name}" of release ${target.tag} failed: ${describeRequestError(error)}`,
        { cause: error },
      );
    }
  }
  core.info(`Uploaded ${countOf(assets.length, 'PDF')} to release ${target.tag}: ${release.html_url}`);
  const pruned = prune ? await pruneStaleAssets(octokit, target, release, assets, prune) : [];
  return { releaseId: release.id, tag: release.tag_name, htmlUrl: release.html_url, created, assets, pruned };
}

/**
 * Deletes the release's `.pdf` assets that are neither this run's nor a kept document's (a failed one's last
 * good PDF stays). Other assets (zips, binaries) are never touched. Returns the deleted names.
 */
async function pruneStaleAssets(
  octokit: GitHubClient,
  target: ReleaseTarget,
  release: Release,
  uploaded: readonly UploadedReleaseAsset[],
  prune: PruneRequest,
): Promise<string[]> {
  const current = new Set(uploaded.map((asset) => asset.name.toLowerCase()));
  const kept = new Set(prune.keep.flatMap(possibleAssetNames).map((name) => name.toLowerCase()));
  const pruned: string[] = [];
  for (const [key, asset] of await listAssets(octokit, target, release.id)) {
    if (!key.endsWith('.pdf') || current.has(key) || kept.has(key)) continue;
    try {
      await deleteAsset(octokit, target, asset);
    } catch (error) {
      throw new Error(
        `Deleting the stale asset "${asset.name}" of release ${target.tag} failed: ${describeRequestError(error)}`,
        { cause: error },
      );
    }
    pruned.push(asset.name);
  }
  if (pruned.length > 0)
    core.info(
      `Deleted ${countOf(pruned.length, 'stale PDF asset')} from release ${target.tag}: ${pruned.join(', ')}`,
    );
  return pruned;
}

async function replaceAsset(
  octokit: GitHubClient,
  target: ReleaseTarget,
  release: Release,
  existing: Map<string, Asset>,
  file: ReleaseAssetFile,
  name: string,
): Promise<UploadedReleaseAsset> {
  const data = await readFile(file.path);
  let replaced = await deleteAsset(octokit, target, existing.get(name.toLowerCase()));
  let asset: Asset;
  try {
    asset = await uploadAsset(octokit, release, name, file.relativePath, data);
  } catch (error) {
    // Another job uploaded the same name between our listing and our upload (or an earlier upload died
    // half-way and left a "starter" asset): look again, delete it, try once more.
    if (!isAlreadyExists(error)) throw error;
    const fresh = await listAssets(octokit, target, release.id);
    replaced = (await deleteAsset(octokit, target, fresh.get(name.toLowerCase()))) || replaced;
    asset = await uploadAsset(octokit, release, name, file.relativePath, data);
  }
  existing.set(name.toLowerCase(), asset);
  return {
    id: asset.id,
    name: asset.name,
    relativePath: file.relativePath,
    url: asset.browser_download_url,
    size: asset.size,
    replaced,
  };
}

async function uploadAsset(
  octokit: GitHubClient,
  release: Release,
  name: string,
  label: string,
  data: Buffer,
): Promise<Asset> {
  const response = await octokit.request({
    method: 'POST',
    url: assetUploadUrl(release.upload_url, name, label),
    headers: { 'content-type': 'application/pdf', 'content-length': data.length },
    data,
  });
  return response.data as Asset;
}

/** Deletes the asset if there is one; true when something was deleted. */
async function deleteAsset(octokit: GitHubClient, target: ReleaseTarget, asset: Asset | undefined) {
  if (!asset) return false;
  try {
    await octokit.rest.repos.deleteReleaseAsset({
      owner: target.owner,
      repo: target.repo,
      asset_id: asset.id,
    });
  } catch (error) {
    // Already gone (a parallel job replaced it): the upload that follows is all that matters.
    if (httpStatusOf(error) !== 404) throw error;
  }
  return true;
}

async function listAssets(octokit: GitHubClient, target: ReleaseTarget, releaseId: number) {
  const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    owner: target.owner,
    repo: target.repo,
    release_id: releaseId,
    per_page: 100,
  });
  return new Map(assets.map((asset) => [asset.name.toLowerCase(), asset as Asset]));
}

async function findOrCreateRelease(
  octokit: GitHubClient,
  target: ReleaseTarget,
): Promise<{ release: Release; created: boolean }> {
  const found = await findRelease(octokit, target);
  if (found) return { release: found, created: false };
  try {
    const { data } = await octokit.rest.repos.createRelease({
      owner: target.owner,
      repo: target.repo,
      tag_name: target.tag,
      name: target.tag,
      target_commitish: target.targetCommitish,
    });
    core.info(`Created release ${target.tag}: ${data.html_url}`);
    return { release: data, created: true };
  } catch (error) {
    // A parallel job (a matrix) created it first.
    if (isAlreadyExists(error)) {
      const raced = await findRelease(octokit, target);
      if (raced) return { release: raced, created: false };
    }
    throw new Error(`Creating release ${target.tag} failed: ${describeRequestError(error)}`, {
      cause: error,
    });
  }
}

async function findRelease(octokit: GitHubClient, target: ReleaseTarget): Promise<Release | undefined> {
  const { owner, repo, tag } = target;
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag });
    return data;
  } catch (error) {
    if (httpStatusOf(error) !== 404) {
      throw new Error(`Looking up release ${tag} failed: ${describeRequestError(error)}`, { cause: error });
    }
  }
  // get-by-tag does not see drafts, and a draft waiting for its assets is the usual release-docs flow.
  try {
    const { data } = await octokit.rest.repos.listReleases({ owner, repo, per_page: 100 });
    return data.find((release) => release.draft && release.tag_name === tag);
  } catch (error) {
    throw new Error(`Listing releases to find ${tag} failed: ${describeRequestError(error)}`, {
      cause: error,
    });
  }
}
