import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CLI_FLAGS, flagName } from './table.js';
import type { ReadOption } from './resolve.js';

/** util.parseArgs' options, from the table, plus the two flags that only print. */
function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  };
  for (const option of CLI_FLAGS) {
    options[flagName(option)] = {
      type: option.type === 'boolean' ? 'boolean' : 'string',
      ...(option.flag!.short ? { short: option.flag!.short } : {}),
    };
  }
  return options;
}

/** The command line, parsed: each flag by name (a given boolean flag reads `'true'`), and the patterns. */
export interface ParsedCommandLine {
  read: ReadOption;
  patterns: string[];
  help: boolean;
  version: boolean;
}

/** Parses argv with util.parseArgs; an unknown flag or a missing value throws (a usage error). */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: parseArgsOptions(),
  });
  const read: ReadOption = (name) => {
    const option = CLI_FLAGS.find((candidate) => candidate.name === name);
    const value = option ? values[flagName(option)] : undefined;
    return value === undefined ? undefined : String(value);
  };
  return { read, patterns: positionals, help: values.help === true, version: values.version === true };
}
