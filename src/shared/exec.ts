import { execFile } from 'node:child_process';
import type { ExecFileException } from 'node:child_process';
import { CommandError } from './errors.js';

/** How to run a command. */
export interface ExecOptions {
  cwd?: string;
  /** The command is killed after this long, and the call fails saying so. */
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  /** Most output accepted (bytes); 64 MiB unless given. */
  maxBuffer?: number;
}

/**
 * Runs a program without a shell (arguments are never interpreted) and resolves with what it printed.
 * Rejects with a CommandError that names the command and says why: it is not installed, it ran out of
 * time, or it exited with a code (and the first line it printed on stderr).
 */
export function execCommand(command: string, args: readonly string[], options: ExecOptions): Promise<string> {
  const shown = [command, ...args.slice(0, 2)].join(' ');
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        timeout: options.timeoutMs,
        maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
        windowsHide: true,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        reject(commandError(shown, error, stderr, options.timeoutMs));
      },
    );
  });
}

function commandError(
  shown: string,
  error: ExecFileException,
  stderr: string,
  timeoutMs: number,
): CommandError {
  if (error.code === 'ENOENT')
    return new CommandError(`${shown}: the program was not found`, undefined, { cause: error });
  if (error.killed && error.signal)
    return new CommandError(`${shown}: gave no answer within ${timeoutMs / 1000} s`, undefined, {
      cause: error,
    });
  const exitCode = typeof error.code === 'number' ? error.code : undefined;
  const said = stderr.trim().split('\n')[0]?.trim();
  const how = exitCode === undefined ? error.message.trim() : `exited with code ${exitCode}`;
  return new CommandError(`${shown}: ${how}${said ? ` (${said})` : ''}`, exitCode, { cause: error });
}
