// Installs the peer tools into a cache folder outside the repository, once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Pinned so that results stay comparable from one run to the next. */
export const PEERS = {
  'md-to-pdf': { version: '5.2.5', bin: 'node_modules/md-to-pdf/dist/cli.js' },
  'pagedjs-cli': { version: '0.4.3', bin: 'node_modules/pagedjs-cli/src/cli.js' },
};

/** `${XDG_CACHE_HOME:-~/.cache}/md-pdf-bench` */
export function peerCacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'md-pdf-bench');
}

/**
 * Returns the path of the peer's CLI script, installing it first if needed.
 * Each peer gets its own prefix: they need different puppeteer majors.
 * Browser downloads are skipped: every tool is pointed at the system Chromium.
 */
export function ensurePeer(name) {
  const { version, bin } = PEERS[name];
  const prefix = path.join(peerCacheDir(), `${name}-${version}`);
  const cli = path.join(prefix, bin);
  if (existsSync(cli)) return cli;

  console.log(`Installing ${name}@${version} into ${prefix} …`);
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `${name}@${version}`],
    {
      stdio: 'inherit',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1' },
    },
  );
  if (!existsSync(cli)) throw new Error(`${name}@${version} installed, but ${cli} is missing`);
  return cli;
}
