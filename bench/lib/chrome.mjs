// Chromium flags shared by every tool the bench launches, so that no tool pays
// for something the others do not.
import { execFileSync } from 'node:child_process';

/**
 * `--no-sandbox` only as root, where Chromium refuses to start without it.
 * The rest stop Chromium's own background connections, which fail (slowly) on a
 * closed network, GPU probing, which a headless print never needs, and WebUI
 * that no print uses.
 */
export function chromeArgs() {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    // Headless Chromium preloads the address bar's WebUI popups in a renderer per window (150-250 MB and
    // CPU at start-up) that no print uses. Our printer turns them off (src/browser/printer.ts); so does
    // every tool here, so that the ratios compare the tools, not this flag.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  ];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

/** "Chromium 156.0.8078.108 …" or "unknown" when the binary cannot say. */
export function chromeVersion(chromePath) {
  try {
    const out = execFileSync(chromePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString().trim();
  } catch {
    return 'unknown';
  }
}
