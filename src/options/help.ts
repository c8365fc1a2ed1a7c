import { CLI_FLAGS, flagName, HELP_GROUPS } from './table.js';
import type { OptionSpec } from './table.js';

/** Where the flags' explanations start, and the width they wrap at. */
const HELP_COLUMN = 30;
const HELP_WIDTH = 100;

/** `  -o, --out-dir DIR` / `      --toc`: the flag as typed. */
function flagUsage(option: OptionSpec): string {
  const flag = option.flag!;
  const short = flag.short ? `-${flag.short}, ` : '    ';
  return `  ${short}--${flagName(option)}${flag.value ? ` ${flag.value}` : ''}`;
}

/** The explanation, with the default from the table when it has a value worth naming. */
function explanation(option: OptionSpec): string {
  const shown = option.type !== 'boolean' && option.default !== '';
  // A no-break space keeps `(default: x)` on one line.
  return shown ? `${option.flag!.help} (default:\u00a0${option.default})` : option.flag!.help;
}

/** Words into lines of at most `width` characters, each line after the first indented to `indent`. */
function wrap(text: string, indent: number, firstWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = firstWidth;
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
      width = HELP_WIDTH - indent;
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((text, index) =>
    (index === 0 ? text : `${' '.repeat(indent)}${text}`).replaceAll('\u00a0', ' '),
  );
}

/** One flag's lines in `--help`. */
function flagLines(option: OptionSpec): string[] {
  const usage = flagUsage(option);
  const start = Math.max(HELP_COLUMN, usage.length + 2);
  const [first, ...rest] = wrap(explanation(option), HELP_COLUMN, HELP_WIDTH - start);
  return [`${usage.padEnd(start)}${first}`, ...rest];
}

/** The flags by group, as `--help` and the README's CLI section show them. */
export function flagsHelp(): string {
  const groups = HELP_GROUPS.map((group) =>
    [`${group}:`, ...CLI_FLAGS.filter((option) => option.flag!.group === group).flatMap(flagLines)].join(
      '\n',
    ),
  );
  return `${groups.join('\n\n')}

  -h, --help                  show this help
  -v, --version               print the version (bare, e.g. 1.2.3)`;
}

/** `md-pdf --help`. */
export function cliHelp(): string {
  return `Usage: md-pdf [patterns...] [options]

Converts Markdown files to paginated PDFs. Patterns are globs relative to the current folder
(default "**/*.md"; prefix with ! to exclude; node_modules is always excluded).

${flagsHelp()}

Exit codes: 0 every PDF written, 1 a file failed (or no match with --if-no-files-found error),
2 usage error, 130/143 stopped by SIGINT/SIGTERM.
`;
}
