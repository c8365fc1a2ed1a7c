import { fitFileName, MAX_FILE_NAME_BYTES, MAX_NAME_BYTES, shortHash } from '../shared/file-name-limit.js';

/** What the artifact service refuses in a zip entry's path (NTFS's rules), as `@actions/artifact` checks. */
const REFUSED = /[":<>|*?\r\n]/g;

/** What a refused character becomes: plain, and accepted by every file system. */
const REPLACEMENT = '_';

/** One path (folders and file name) with refused characters replaced and every segment within its limit. */
function safeEntryName(relativePath: string): string {
  const segments = relativePath.split('/');
  return segments
    .map((segment, index) => {
      const safe = segment.replace(REFUSED, REPLACEMENT);
      // Only the file gets temporary suffixes while it is written or downloaded; folders get the whole 255.
      const limit = index === segments.length - 1 ? MAX_FILE_NAME_BYTES : MAX_NAME_BYTES;
      // Hashed on the path down to this segment, so the files of one long folder stay together.
      return fitFileName(safe, limit, segments.slice(0, index + 1).join('/'));
    })
    .join('/');
}

/**
 * `md-pdf-report.json/x.pdf` → `md-pdf-report.json~1234abcd/x.pdf` when the first folder is named like a
 * file we put at the artifact's top level: a folder and a file cannot share a name in one zip.
 */
function clearOfReserved(entry: string, reserved: ReadonlySet<string>): string {
  const slash = entry.indexOf('/');
  if (slash === -1 || !reserved.has(entry.slice(0, slash).toLowerCase())) return entry;
  // The folder is as short as the reserved name it matches: the hash leaves it far within 255 bytes.
  const folder = entry.slice(0, slash);
  return `${folder}~${shortHash(folder)}${entry.slice(slash)}`;
}

/** `a/b.pdf` → `a/b~1234abcd.pdf`: the path made distinct by a hash of the original path. */
function withHash(entry: string, original: string): string {
  const slash = entry.lastIndexOf('/');
  const name = entry.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const tagged =
    dot > 0
      ? `${name.slice(0, dot)}~${shortHash(original)}${name.slice(dot)}`
      : `${name}~${shortHash(original)}`;
  return entry.slice(0, slash + 1) + fitFileName(tagged, MAX_FILE_NAME_BYTES, original);
}

/**
 * Zip entry names the artifact service accepts, for PDF paths relative to the output folder (posix `/`).
 * The rule: folders are kept; within each segment only the refused characters `" : < > | * ?` CR LF become
 * `_`; a segment longer than the file system allows (255 bytes, less room for temporary suffixes on the
 * file name) is cut and gets a short hash; a changed path that would clash with another entry
 * (compared case-insensitively, as Windows and macOS unzip) gets a hash of its original path. A path that
 * needs no change keeps its name. Stable: the same paths always give the same names.
 * @param reserved names of files put at the artifact's top level beside the PDFs (the report, the index): a
 * first folder of the same name (case-insensitively) gets a short hash, so neither fails the upload.
 * @returns original path → entry name, for every path given.
 */
export function artifactEntryNames(
  paths: readonly string[],
  reserved: readonly string[] = [],
): Map<string, string> {
  const unique = [...new Set(paths)];
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const names = new Map(
    unique.map((original) => [original, clearOfReserved(safeEntryName(original), taken)]),
  );
  const counts = new Map<string, number>();
  for (const entry of names.values())
    counts.set(entry.toLowerCase(), (counts.get(entry.toLowerCase()) ?? 0) + 1);
  for (const [original, entry] of names) {
    if (entry === original || counts.get(entry.toLowerCase()) === 1) continue;
    const distinct = withHash(entry, original);
    names.set(original, distinct);
    counts.set(distinct.toLowerCase(), (counts.get(distinct.toLowerCase()) ?? 0) + 1);
  }
  return names;
}
