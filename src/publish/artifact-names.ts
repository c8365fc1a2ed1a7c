/** Characters the artifact service refuses in a name (NTFS limits, as @actions/artifact validates). */
const REFUSED = /[":<>|*?\r\n\\/]/g;

/**
 * A readable, unique artifact name for each PDF (workspace- or output-relative posix path → name):
 * folders joined with `-` (`reports/README.pdf` → `reports-README.pdf`), refused characters replaced, and
 * a `-2`, `-3`… before `.pdf` when two paths would still meet (names compare case-insensitively).
 */
export function artifactEntryNames(paths: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of paths) {
    const base = file.replace(/^\/+/, '').split('/').join('-').replace(REFUSED, '_');
    const stem = base.replace(/\.pdf$/i, '');
    let name = `${stem}.pdf`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.pdf`;
    taken.add(name.toLowerCase());
    names.set(file, name);
  }
  return names;
}
