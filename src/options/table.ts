/**
 * The one declaration of every option of both shells: the action's inputs and the CLI's flags. From it come
 * the action's input parsing and the CLI's flags (options/resolve.ts), `md-pdf --help` (options/help.ts),
 * and, through `npm run readme`, the inputs of action.yml and the README's inputs table and CLI flags.
 *
 * Data only (no runtime imports): scripts/readme-inputs.mjs bundles this file to read it.
 */

/** The groups of `md-pdf --help`, in their order. */
export const HELP_GROUPS = ['Files and output', 'Look', 'Runs', 'Browser and safety'] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

export interface OptionSpec {
  /** The action input and the CLI's long flag. */
  readonly name: string;
  /** `list`: one value per line (action) or positional arguments (CLI). */
  readonly type: 'string' | 'boolean' | 'list';
  /**
   * The default, as action.yml gives it to the action. Empty = none, or computed at run time (the
   * description says which). An empty value given by the user means this default too.
   */
  readonly default: string;
  /**
   * Whether a change of the option can change a PDF. The incremental manifest hashes exactly these
   * (engine/incremental.ts AFFECTS_OUTPUT; a test keeps the two in step).
   */
  readonly changesPdf: boolean;
  /** The action input's description (action.yml and the README); absent = a CLI-only flag. */
  readonly input?: string;
  /** The CLI flag; absent = an action-only input. */
  readonly flag?: {
    /** The long flag when it is not `name`. */
    readonly long?: string;
    readonly short?: string;
    /** The value's placeholder in `--help` (`--theme NAME`); absent for a boolean flag. */
    readonly value?: string;
    readonly group: HelpGroup;
    /** One sentence for `--help`; `(default: …)` is added from `default` when there is one. */
    readonly help: string;
  };
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'files',
    type: 'list',
    default: '**/*.md',
    changesPdf: false,
    input:
      'Glob patterns of the Markdown files to convert, one per line; prefix a line with ! to exclude. node_modules is always excluded.',
  },
  {
    name: 'output-dir',
    type: 'string',
    default: 'pdf',
    changesPdf: false,
    input:
      'Folder (inside the workspace) the PDFs are written to, mirroring the source folders: reports/a.md becomes <output-dir>/reports/a.pdf.',
    flag: {
      long: 'out-dir',
      short: 'o',
      value: 'DIR',
      group: 'Files and output',
      help: 'where PDFs go, mirroring the source folders',
    },
  },
  {
    name: 'theme',
    type: 'string',
    default: 'report',
    changesPdf: true,
    input: 'Look of the PDFs: report, github or minimal.',
    flag: { value: 'NAME', group: 'Look', help: 'report | github | minimal' },
  },
  {
    name: 'page-size',
    type: 'string',
    default: 'A4',
    changesPdf: true,
    input: 'Paper size: A4 or Letter.',
    flag: { value: 'SIZE', group: 'Look', help: 'A4 | Letter' },
  },
  {
    name: 'concurrency',
    type: 'string',
    default: '',
    changesPdf: false,
    input: 'How many documents are printed at once. Empty means one per CPU core.',
    flag: { value: 'N', group: 'Runs', help: 'documents printed at once (default: CPU count)' },
  },
  {
    name: 'timeout',
    type: 'string',
    default: '120',
    changesPdf: false,
    input: 'Time limit per file, in seconds, for loading, layout and printing.',
    flag: { value: 'SECONDS', group: 'Runs', help: 'time limit per file' },
  },
  {
    name: 'chrome-path',
    type: 'string',
    default: '',
    changesPdf: false,
    input:
      'Path of the Chrome/Chromium to use. Empty: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then the usual system paths (GitHub-hosted Ubuntu runners have Google Chrome).',
    flag: {
      value: 'PATH',
      group: 'Browser and safety',
      help: 'Chromium/Chrome to use (default: CHROME_PATH, then system paths)',
    },
  },
  {
    name: 'max-file-size',
    type: 'string',
    default: '10MB',
    changesPdf: false,
    input: 'Refuse Markdown files larger than this (e.g. 10MB, 512KB).',
    flag: { value: 'SIZE', group: 'Files and output', help: 'refuse larger sources, e.g. 10MB' },
  },
  {
    name: 'allow-remote-assets',
    type: 'boolean',
    default: 'false',
    changesPdf: true,
    input:
      'Let documents load http(s) images from public hosts. Private, loopback and link-local addresses are refused even then.',
    flag: { group: 'Browser and safety', help: 'load http(s) images from public hosts' },
  },
  {
    name: 'if-no-files-found',
    type: 'string',
    default: 'warn',
    changesPdf: false,
    input:
      'What to do when the files patterns match no file at all: warn (a warning, the step passes), error (the step fails) or ignore.',
    flag: {
      value: 'X',
      group: 'Files and output',
      help: 'warn | error | ignore, when the patterns match nothing',
    },
  },
  {
    name: 'fail-on-error',
    type: 'boolean',
    default: 'true',
    changesPdf: false,
    input: 'Fail the step (after writing every other PDF) when any file could not be converted.',
  },
  {
    name: 'toc',
    type: 'boolean',
    default: 'false',
    changesPdf: true,
    input:
      'Add a "Contents" page after the title block listing the H2 headings (and H3 with toc-depth 3) with dot leaders, page numbers and links. A document\'s front matter `toc: true|false` wins.',
    flag: { group: 'Look', help: 'add a Contents page with page numbers (front matter toc: wins)' },
  },
  {
    name: 'toc-depth',
    type: 'string',
    default: '2',
    changesPdf: true,
    input: 'Deepest heading level in the contents: 2 (H2) or 3 (H2 and H3). Front matter `toc-depth` wins.',
    flag: { value: 'N', group: 'Look', help: '2 = H2 only, 3 = H2 and H3' },
  },
  {
    name: 'cover',
    type: 'boolean',
    default: 'false',
    changesPdf: true,
    input:
      'Start each PDF with a title page made from the metadata (title, subject, author, date, …) instead of the title block. Front matter `cover` wins.',
    flag: { group: 'Look', help: 'start with a title page made from the metadata' },
  },
  {
    name: 'header',
    type: 'string',
    default: '',
    changesPdf: true,
    input:
      'Running header template. Placeholders: {title}, {author}, {date}, {section} (the current H2), {page}, {pages}, {sha} (7 characters of the built commit: the PR head on pull requests), {ref} (the branch; on a PR its head branch), {run} (the run number). Empty = "{title}"; "none" = no header.',
    flag: {
      value: 'TEMPLATE',
      group: 'Look',
      help:
        'running header; {title} {author} {date} {section} {page} {pages} {sha} {ref} {run} ' +
        '(commit, branch, GITHUB_RUN_NUMBER); empty = "{title}", "none" = no header',
    },
  },
  {
    name: 'footer',
    type: 'string',
    default: '',
    changesPdf: true,
    input:
      'Footer template, same placeholders as header. Empty = "Page {page} of {pages}"; "none" = no footer.',
    flag: {
      value: 'TEMPLATE',
      group: 'Look',
      help: 'footer, same placeholders; empty = "Page {page} of {pages}", "none" = no footer',
    },
  },
  {
    name: 'css',
    type: 'string',
    default: '',
    changesPdf: true,
    input:
      'Path (inside the workspace) of your own stylesheet, applied after the theme, e.g. to set colours or font sizes, or to hide elements. Documents themselves can never set CSS.',
    flag: { value: 'FILE', group: 'Look', help: 'your stylesheet (any path), applied after the theme' },
  },
  {
    name: 'changed-only',
    type: 'string',
    default: 'auto',
    changesPdf: false,
    input:
      'Convert only the Markdown files the change adds, modifies or renames, plus the documents that use an image it changed: auto (on pull_request events), true (also on push, against the pushed "before" commit) or false. A changed css file, workflow or local action (.github/actions/), or merge, converts everything; so does a change list that cannot be had (a notice says why).',
  },
  {
    name: 'watermark',
    type: 'string',
    default: '',
    changesPdf: true,
    input:
      'Light diagonal text on every page, behind the content (still selectable), e.g. PREVIEW. One line of at most 60 characters; empty = none.',
    flag: { value: 'TEXT', group: 'Look', help: 'light diagonal text on every page, behind the content' },
  },
  {
    name: 'preview-from-workflow-run',
    type: 'boolean',
    default: 'false',
    changesPdf: false,
    input:
      "For the second workflow of the fork pattern (on: workflow_run): convert nothing, and post or update the preview comment of the pull request whose run triggered this one, from that run's artifacts, after checking through the API that the pull request's head commit and repository are the ones that run built. Needs actions: read and pull-requests: write. See the README.",
  },
  {
    name: 'merge',
    type: 'string',
    default: '',
    changesPdf: false,
    input:
      'Also write one book PDF of all converted documents, in glob order, with a cover, a combined table of contents and one bookmark per document. The file name is relative to output-dir, e.g. book.pdf. Empty = no book.',
    flag: {
      value: 'FILE',
      group: 'Files and output',
      help: 'also write one book PDF of all documents (cover, contents, a bookmark per document), inside the output folder',
    },
  },
  {
    name: 'merge-title',
    type: 'string',
    default: '',
    changesPdf: false,
    input:
      'Title on the book\'s cover. Empty = made from the merge file name (engineering-reports.pdf → "Engineering reports").',
    flag: {
      value: 'TEXT',
      group: 'Files and output',
      help: "title on the book's cover (default: from the file name)",
    },
  },
  {
    name: 'incremental',
    type: 'boolean',
    default: 'false',
    changesPdf: false,
    input:
      'Skip documents whose PDF is up to date: a manifest in output-dir (.md-pdf-manifest.json) records a hash of each source, the images it uses, the options and the tool version. Keep output-dir between runs with actions/cache (see the README). Kept PDFs still count in the outputs and go into the artifact.',
    flag: {
      group: 'Runs',
      help: 'skip documents whose PDF is up to date (manifest in the output folder: source, images, options and tool version)',
    },
  },
  {
    name: 'layout-engine',
    type: 'string',
    default: 'auto',
    changesPdf: true,
    input:
      'Who lays the pages out. `auto`: Chromium paginates each document itself (fast), except a document that needs Paged.js: a contents page with page numbers, a {section} header or footer, or a css stylesheet using paged-media features only Paged.js has (string-set, target-counter, running elements, :nth pages, footnotes). `pagedjs`: Paged.js for every document.',
    flag: {
      value: 'NAME',
      group: 'Look',
      help: 'auto: Chromium paginates unless a document needs Paged.js (contents page numbers, {section}, paged-media CSS); pagedjs: always',
    },
  },
  {
    name: 'shard',
    type: 'string',
    default: '',
    changesPdf: false,
    input:
      'Convert only part k of n of the files ("2/4"), for a matrix of n jobs. The parts are balanced by file size and stay stable when files are added. Each job uploads the artifact <artifact-name>-k-of-n and skips the PR comment; merge the artifacts in a final job (see the README). Empty = all files.',
    flag: {
      value: 'K/N',
      group: 'Runs',
      help: 'convert only part K of N of the files (e.g. 2/4), balanced by size',
    },
  },
  {
    name: 'artifact-name',
    type: 'string',
    default: 'pdf',
    changesPdf: false,
    input:
      "Name of the workflow artifact holding this run's PDFs (folders kept, relative to output-dir). Empty = no artifact. Outside a runner the upload is skipped with a warning.",
  },
  {
    name: 'retention-days',
    type: 'string',
    default: '',
    changesPdf: false,
    input: "Days to keep the artifact (1-90). Empty = the repository's setting.",
  },
  {
    name: 'release-tag',
    type: 'string',
    default: '',
    changesPdf: false,
    input:
      'Upload each PDF as an asset of the release with this tag (created if missing; assets of the same name are replaced). Empty = off. Needs contents: write.',
  },
  {
    name: 'release-prune',
    type: 'boolean',
    default: 'false',
    changesPdf: false,
    input:
      "With release-tag: delete the release's PDF assets (by name) that this run did not produce, for rolling tags like nightly. The asset of a document that still exists is kept: one that failed this run keeps its last good PDF, one changed-only did not convert its current PDF. Other assets are never touched. Not allowed with shard.",
  },
  {
    name: 'pr-comment',
    type: 'boolean',
    default: 'true',
    changesPdf: false,
    input:
      'On pull_request events, keep one comment on the PR listing the PDFs (pages, size) and linking the artifact. Needs pull-requests: write; on fork PRs it is skipped with a warning.',
  },
  {
    name: 'github-token',
    type: 'string',
    default: '${{ github.token }}',
    changesPdf: false,
    input: 'Token for release assets and the PR comment.',
  },
  {
    name: 'keep-html',
    type: 'boolean',
    default: 'false',
    changesPdf: false,
    flag: {
      group: 'Files and output',
      help: 'also write the HTML document that was printed, next to each PDF',
    },
  },
  {
    name: 'watch',
    type: 'boolean',
    default: 'false',
    changesPdf: false,
    flag: {
      short: 'w',
      group: 'Runs',
      help: 'convert, then convert again what changes (sources, images) until Ctrl-C',
    },
  },
  {
    name: 'changed-since',
    type: 'string',
    default: '',
    changesPdf: false,
    flag: {
      value: 'REF',
      group: 'Runs',
      help: 'convert only the documents changed since the git REF (committed, uncommitted and new files), plus those using a changed image',
    },
  },
];

/** The action's inputs, in action.yml's order. */
export const ACTION_INPUTS = OPTIONS.filter((option) => option.input !== undefined);

/** The CLI's flags, in the table's order. */
export const CLI_FLAGS = OPTIONS.filter((option) => option.flag !== undefined);

/** The CLI's long flag of an option: `out-dir` for `output-dir`, else its name. */
export function flagName(option: OptionSpec): string {
  return option.flag?.long ?? option.name;
}

/** The spec of `name`; a typo is a bug, so it throws. */
export function optionNamed(name: string): OptionSpec {
  const found = OPTIONS.find((option) => option.name === name);
  if (!found) throw new Error(`no option named ${name}`);
  return found;
}
