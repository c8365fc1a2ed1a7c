import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { BrowserNotFoundError } from '../shared/errors.js';
import { execCommand } from '../shared/exec.js';

/** Where a browser was found, for the log line that says which one is used. */
export interface FoundBrowser {
  executablePath: string;
  source: string;
}

/** The usual install locations, most common first (GitHub's Ubuntu runners have Google Chrome). */
export const SYSTEM_BROWSER_PATHS: readonly string[] = Object.freeze([
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]);

export const NO_BROWSER_HELP =
  'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
  'GitHub-hosted Ubuntu runners already have Google Chrome), or point to it with the `chrome-path` input / ' +
  '`--chrome-path` flag or the CHROME_PATH environment variable. On Linux x64 without a browser, ' +
  '`npm install @sparticuz/chromium` provides one.';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a browser in this order: the explicit option, CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, the usual
 * system paths, then the Chromium shipped in the `@sparticuz/chromium` npm package (Linux only).
 * An explicit path that does not exist is an error rather than a silent fallback.
 */
export async function findBrowser(
  explicitPath: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  systemPaths: readonly string[] = SYSTEM_BROWSER_PATHS,
): Promise<FoundBrowser> {
  const configured: Array<[string | undefined, string]> = [
    [explicitPath, 'chrome-path'],
    [env.CHROME_PATH, 'CHROME_PATH'],
    [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'],
  ];
  for (const [candidate, source] of configured) {
    if (!candidate) continue;
    if (isExecutable(candidate)) return { executablePath: candidate, source };
    throw new BrowserNotFoundError(
      `${source} points to "${candidate}", which is not an executable file. ${NO_BROWSER_HELP}`,
    );
  }
  const system = systemPaths.find(isExecutable);
  if (system) return { executablePath: system, source: 'system' };
  const packaged = await packagedChromium();
  if (packaged) return { executablePath: packaged, source: '@sparticuz/chromium' };
  throw new BrowserNotFoundError(NO_BROWSER_HELP);
}

/**
 * The registry-shipped fallback: @sparticuz/chromium carries a compressed Chromium inside the npm
 * package (no download at install or run time) and unpacks it to /tmp on first use. It is optional, so
 * its absence (or a platform it does not support) just means "not found".
 */
async function packagedChromium(): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const moduleName = '@sparticuz/chromium';
    const mod = (await import(/* @vite-ignore */ moduleName)) as {
      default: { executablePath(): Promise<string> };
    };
    return await mod.default.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Which browser this is, for the incremental build's tool fingerprint: its `--version` line (a browser
 * update changes layout and the PDF's bytes). On Windows `chrome.exe --version` prints nothing, and a
 * browser that gives no answer in time has no line either: the executable's size and date stand in.
 */
export async function browserIdentity(executable: string): Promise<string> {
  if (process.platform !== 'win32') {
    const version = (
      await execCommand(executable, ['--version'], { timeoutMs: 15_000 }).catch(() => '')
    ).trim();
    if (version) return version;
  }
  const real = await fsp.realpath(executable).catch(() => executable);
  const stat = await fsp.stat(real).catch(() => undefined);
  return `${real} ${stat?.size ?? 0} ${stat?.mtimeMs ?? 0}`;
}
