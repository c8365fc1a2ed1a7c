import type { DocumentSwap } from '../shared/page-contract.js';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import puppeteer, { ProtocolError, TimeoutError } from 'puppeteer-core';
import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer-core';
import { awaitLayout, swapDocument } from './page-calls.js';
import {
  exitOf,
  makeBrowserScratch,
  removeBrowserScratch,
  removeScratchWhenGone,
} from './browser-scratch.js';
import { createRequestHandler } from './request-guard.js';
import type { BlockedRequest } from './request-guard.js';
import {
  BrowserCrashedError,
  errorMessage,
  PrinterClosedError,
  PrintTimeoutError,
} from '../shared/errors.js';

/** Flags for a quiet, reproducible headless browser on a closed CI network. */
const BROWSER_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-sync',
  '--disable-extensions',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--mute-audio',
  // Same glyph metrics on every machine, so the same input lays out to the same pages.
  '--font-render-hinting=none',
  // No name resolution at all, not even of IP literals. Every request a page may make is answered by the
  // request guard (remote images are fetched by Node), so Chromium never needs the network; whatever slips
  // past interception (the preconnect of a CSP-blocked frame, a WebSocket, a worker) has nowhere to go.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // Headless Chromium is the full browser: each window (one per slot's context) preloads the address bar's
  // WebUI popups in a renderer of their own, 150-250 MB each that no print ever uses. Puppeteer merges
  // this list with its own disabled features.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  // No first window: its about:blank tab would keep a renderer (about 100 MB) that no document uses, since
  // every slot prints in a context of its own (see launchBrowser: waitForInitialPage is off to match).
  '--no-startup-window',
];

/** One document to print. */
export interface PrintJob {
  documentUrl: string;
  documentHtml: string;
  /** The document as a swap into the slot's page, when it can be one (shared/page-contract.ts DocumentSwap). */
  swap?: DocumentSwap;
  timeoutMs: number;
  onBlocked(blocked: BlockedRequest): void;
}

/**
 * A slot's page takes this many documents by swap, then loads a fresh page: whatever a renderer keeps
 * from one document to the next is dropped now and then.
 */
const SWAPS_PER_PAGE = 50;

/**
 * A slot's browser context prints this many documents, then is closed and replaced by a new one, with a
 * new page and so a new renderer (Chromium never shares one between contexts). A renderer kept for the
 * whole run grew from ~165 to ~300 MB over 1,500 documents; renewed every 500 documents it stayed under
 * ~230 MB, every 200 under ~200 MB. A renewal costs the slot one page load instead of a swap (~0.7 s
 * against ~0.07 s), a few ms per document, which did not show in the time per document of a
 * 10,000-document run. Measured with bench/memory-trace.mjs (bench/README.md, "Where the time goes").
 */
const DOCUMENTS_PER_CONTEXT = 200;

export interface PrintedPdf {
  /** The page count is not here: Chromium makes the pages while printing; the PDF knows (finalize). */
  pdf: Uint8Array;
  /** Problems the page scripts reported (a diagram that cannot be drawn, an image that cannot be shown). */
  diagnostics: PageDiagnostic[];
  /** Milliseconds per step (new page, load, layout, print), for MD_PDF_PROFILE. */
  timings: Record<string, number>;
}

/** A problem found in the page, at the document's source line when known. */
export interface PageDiagnostic {
  message: string;
  line?: number;
  /** The resource concerned (absolute URL), to avoid repeating a warning the request guard gave. */
  url?: string;
}

/**
 * Reads `window.__mdPdf.diagnostics` defensively: it lives in the page, so only well-formed entries are
 * kept, and only so many of them.
 */
export function readPageDiagnostics(raw: unknown): PageDiagnostic[] {
  if (!Array.isArray(raw)) return [];
  const diagnostics: PageDiagnostic[] = [];
  for (const entry of raw.slice(0, 100)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { message, line, url } = entry as Record<string, unknown>;
    if (typeof message !== 'string' || message === '') continue;
    diagnostics.push({
      message: message.slice(0, 500),
      line: typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : undefined,
      url: typeof url === 'string' ? url : undefined,
    });
  }
  return diagnostics;
}

export interface PrinterOptions {
  executablePath: string;
  workspace: string;
  allowRemoteAssets: boolean;
  /** Per-protocol-call limit: a hung browser is detected instead of waiting forever. */
  protocolTimeoutMs?: number;
  /** Documents a slot's context prints before it is renewed (default DOCUMENTS_PER_CONTEXT); for tests. */
  documentsPerContext?: number;
}

/** A worker slot's reusable page and the document it is printing now, if any. */
interface SlotPage {
  page: Page;
  current: { onCrash(error: Error): void; onRequest(request: HTTPRequest): Promise<void> } | undefined;
  /** The shell (shared/page-contract.ts DocumentSwap) of the page loaded now, if it can take documents by swap. */
  shell?: string;
  swaps: number;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Keeps an error listener on the browser's pipes for as long as they exist. Puppeteer's pipe transport
 * listens for their errors only until it is closed; a browser killed after that (a crash while the run is
 * cancelled, or close() racing a kill) resets the pipe, and an `error` event without a listener is an
 * uncaught exception that would end the whole run. The failure itself is already seen as a crash.
 */
function keepPipeErrorsHandled(browser: Browser): Browser {
  for (const stream of browser.process()?.stdio ?? []) stream?.on('error', () => undefined);
  return browser;
}

/**
 * Browser processes started and not exited yet. Puppeteer kills a browser's process group on
 * process.exit only until its close() begins; a run forced to end while a browser is closing (a second
 * signal during the graceful stop) would leave that browser to find the end of its pipe by itself.
 */
const liveBrowserProcesses = new Set<ChildProcess>();

function trackBrowserProcess(browser: Browser): Browser {
  const child = browser.process();
  if (child && child.exitCode === null && child.signalCode === null) {
    liveBrowserProcesses.add(child);
    void exitOf(child).then(() => liveBrowserProcesses.delete(child));
  }
  return browser;
}

/** Kills a browser with the processes it started: puppeteer starts it detached, so they share its group. */
function killProcessGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Kills every browser this process started, with the processes each started, synchronously. */
export function killBrowsersSync(): void {
  for (const child of liveBrowserProcesses) killProcessGroup(child);
}

/** Per browser: resolves once its process has exited and its scratch folder is removed. */
const browserGone = new WeakMap<Browser, Promise<void>>();

/**
 * Resolves once a browser from launchBrowser has exited and left nothing on disk (browser-scratch.ts);
 * exported for the tests that launch one themselves.
 */
export function goneOf(browser: Browser): Promise<void> {
  return browserGone.get(browser) ?? Promise.resolve();
}

/** Starts a headless Chromium over a pipe; exported for the tests of its pipes. */
export async function launchBrowser(options: PrinterOptions): Promise<Browser> {
  const launch = async (sandbox: boolean): Promise<Browser> => {
    // Its own folder for all it writes, removed when it is gone (even by a forced exit).
    const scratch = await makeBrowserScratch();
    const browser = await puppeteer
      .launch({
        executablePath: options.executablePath,
        headless: true,
        args: sandbox ? BROWSER_ARGS : [...BROWSER_ARGS, '--no-sandbox'],
        userDataDir: scratch.profile,
        env: scratch.temp ? { ...process.env, TMPDIR: scratch.temp } : process.env,
        protocolTimeout: options.protocolTimeoutMs ?? 180_000,
        // Over a pipe, not a WebSocket: when our process dies, even by SIGKILL, the browser reads the end of
        // its pipe and exits by itself, so no Chromium outlives the run.
        pipe: true,
        waitForInitialPage: false,
        // The shells own SIGINT/SIGTERM (cancellation.ts) and close the printer themselves; puppeteer's own
        // handlers would kill the browser under the documents still printing. Its exit hook stays: on
        // process.exit it kills the browser's process group.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      })
      .catch(async (error: unknown) => {
        // Puppeteer has stopped the browser that failed to start.
        await removeBrowserScratch(scratch).catch(() => undefined);
        throw error;
      });
    const child = browser.process();
    // Without a process (never for a launch) the folder stays tracked, for the exit hook to remove.
    if (child) browserGone.set(browser, removeScratchWhenGone(child, scratch));
    return trackBrowserProcess(keepPipeErrorsHandled(browser));
  };
  // Chrome refuses its sandbox as root; elsewhere keep it, and fall back only where the kernel
  // forbids it (e.g. Ubuntu 24.04's AppArmor limit on user namespaces).
  if (isRoot()) return launch(false);
  try {
    return await launch(true);
  } catch (error) {
    if (!/sandbox/i.test(String(error))) throw error;
    return launch(false);
  }
}

/**
 * How long a browser may take to quit when asked, before its processes are killed. Short: when the printer
 * closes, every PDF is written or abandoned, and a renderer busy printing would hold the quit up for
 * seconds (a cancelled run must end within seconds).
 */
const CLOSE_TIMEOUT_MS = 1000;

/**
 * Asks the browser to quit and waits until its process has exited and its scratch folder is removed; one
 * that takes longer than CLOSE_TIMEOUT_MS to quit (a renderer stuck in a long layout) is killed with the
 * processes it started (they share its process group: puppeteer detaches it).
 */
async function shutDown(browser: Browser): Promise<void> {
  const child = browser.process();
  const exited = child ? exitOf(child) : Promise.resolve();
  const quit = browser.close().then(() => exited);
  const inTime = await withTimeout(quit, CLOSE_TIMEOUT_MS, () => new Error('close')).then(
    () => true,
    () => false,
  );
  if (!inTime && child?.pid) {
    killProcessGroup(child);
    await exited;
  }
  await goneOf(browser);
}

/**
 * The browser stopped answering: a protocol call ran past `protocolTimeout` (puppeteer rejects it with a
 * ProtocolError), the protocol failed, or a puppeteer wait ran out. A crashed page or a lost connection
 * is a ProtocolError too, but print() has told those apart before it asks this. Exported for its test.
 */
export function isProtocolTimeout(error: unknown): boolean {
  return error instanceof TimeoutError || error instanceof ProtocolError;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One browser for the whole run; each document gets its own page. Owns browser restarts: when the
 * browser crashes or hangs it is killed and a new one is started for the next document.
 */
export class Printer {
  private browser: Promise<Browser> | undefined;
  /** Every browser started and not yet gone, so close() reaches one still launching too. */
  private readonly launches = new Set<Promise<Browser>>();
  /** Browsers not yet gone from disk (a crashed one too), so close() leaves no scratch folder behind. */
  private readonly departures = new Set<Promise<void>>();
  private closed = false;
  private closing: Promise<void> | undefined;
  /**
   * One browser context per worker slot. Pages of one site share a renderer process, so without this a
   * long document's layout would stall every other document; separate contexts get separate processes,
   * while documents of the same slot still share that context's cache.
   */
  private contexts = new WeakMap<Browser, Map<number, Promise<BrowserContext>>>();
  /** Documents printed in each slot's context so far, to renew it (DOCUMENTS_PER_CONTEXT). */
  private documentsInContext = new WeakMap<Promise<BrowserContext>, number>();
  /**
   * The page each slot prints in, reused from one document to the next: making a page costs more than
   * navigating one. Each navigation starts a fresh document, so nothing of one document (scripts, styles,
   * DOM) reaches the next; a page that failed in any way is closed and never reused.
   */
  private slotPages = new WeakMap<Browser, Map<number, Promise<SlotPage>>>();

  constructor(private readonly options: PrinterOptions) {}

  /** The live browser, started (again) when needed, never once the printer is closed. */
  private async liveBrowser(): Promise<Browser> {
    if (this.closed) throw new PrinterClosedError();
    const pending = this.browser;
    if (pending) {
      const browser = await pending.catch(() => undefined);
      if (this.closed) throw new PrinterClosedError();
      if (browser?.connected) return browser;
      // Another slot may have started the successor while we waited: use it rather than start a second
      // browser that nobody would ever close.
      if (this.browser !== pending) return this.liveBrowser();
    }
    const launch = launchBrowser(this.options);
    this.launches.add(launch);
    // A browser that failed to start, or that has gone (crashed, restarted), needs no closing.
    launch.then(
      (browser) => {
        browser.once('disconnected', () => this.launches.delete(launch));
        const gone = goneOf(browser);
        this.departures.add(gone);
        void gone.then(() => this.departures.delete(gone));
      },
      () => this.launches.delete(launch),
    );
    this.browser = launch;
    return launch;
  }

  /**
   * Kills `failed` so the next print starts a fresh browser. Only the browser that failed is killed: when
   * several pages saw the same crash, the first one restarts and the others must not kill its successor.
   */
  async restart(failed: Browser): Promise<void> {
    const current = await this.browser?.catch(() => undefined);
    if (current === failed) this.browser = undefined;
    const child = failed.process();
    if (child) killProcessGroup(child);
    await failed.close().catch(() => undefined);
  }

  private contextFor(browser: Browser, slot: number): Promise<BrowserContext> {
    let slots = this.contexts.get(browser);
    if (!slots) this.contexts.set(browser, (slots = new Map()));
    let context = slots.get(slot);
    if (!context) {
      slots.set(slot, (context = browser.createBrowserContext()));
      // A context that could not be made is not kept: the next document of the slot tries again.
      context.catch(() => slots.get(slot) === context && slots.delete(slot));
    }
    return context;
  }

  /**
   * Cleans up after a document ran out of time. Its page (and the renderer stuck in it) is closed; if the
   * page will not close, the slot's context goes with it, and a browser that no longer answers at all is
   * killed, so the next document never inherits a hung renderer or browser.
   */
  private async recoverFromTimeout(browser: Browser, slot: number, page: Page | undefined): Promise<void> {
    const settled = <T>(promise: Promise<T>): Promise<boolean> =>
      withTimeout(promise, 5000, () => new Error('no answer')).then(
        () => true,
        () => false,
      );
    if (!page || page.isClosed() || (await settled(page.close()))) return;
    const context = this.contexts.get(browser)?.get(slot);
    this.contexts.get(browser)?.delete(slot);
    const contextClosed = context ? await settled(context.then((c) => c.close())) : true;
    if (!contextClosed || !(await settled(browser.version()))) await this.restart(browser);
  }

  /**
   * Once the slot's context has printed its share of documents, closes it (with its page and renderer),
   * so that the slot's next page is made in a new one. Called between two documents of the slot.
   */
  private async renewContextIfDue(browser: Browser, slot: number): Promise<void> {
    const context = this.contexts.get(browser)?.get(slot);
    const limit = this.options.documentsPerContext ?? DOCUMENTS_PER_CONTEXT;
    if (!context || (this.documentsInContext.get(context) ?? 0) < limit) return;
    this.contexts.get(browser)?.delete(slot);
    this.dropPage(browser, slot);
    // A context that will not close is left to the browser: the slot goes on in its new one.
    await withTimeout(
      context.then((c) => c.close()),
      5000,
      () => new Error('close'),
    ).catch(() => undefined);
  }

  /** The slot's page in `browser`, made (with its request interception) on first use. */
  private pageFor(browser: Browser, slot: number): Promise<SlotPage> {
    let pages = this.slotPages.get(browser);
    if (!pages) this.slotPages.set(browser, (pages = new Map()));
    const existing = pages.get(slot);
    if (existing) return existing;
    const made = (async (): Promise<SlotPage> => {
      const page = await (await this.contextFor(browser, slot)).newPage();
      const slotPage: SlotPage = { page, current: undefined, swaps: 0 };
      // One listener each for the page's life; they forward to whichever document is printing now.
      page.on('error', (error) => slotPage.current?.onCrash(error));
      page.on('request', (request) => {
        if (slotPage.current) return void slotPage.current.onRequest(request);
        // Between documents nothing may load.
        return void request.abort('blockedbyclient').catch(() => undefined);
      });
      await page.setRequestInterception(true);
      return slotPage;
    })();
    pages.set(slot, made);
    made.catch(() => pages.get(slot) === made && pages.delete(slot));
    return made;
  }

  /** Forgets the slot's page (after a failure) so the next document gets a new one. */
  private dropPage(browser: Browser, slot: number): void {
    this.slotPages.get(browser)?.delete(slot);
  }

  /**
   * Starts the browser and each slot's page now, so that they come up while the first documents are
   * still being turned into HTML instead of after. A failure here is not reported: the first print
   * tries again and reports it.
   */
  warmUp(slots: number): void {
    void this.liveBrowser()
      .then((browser) => Promise.all(Array.from({ length: slots }, (_, slot) => this.pageFor(browser, slot))))
      .catch(() => undefined);
  }

  /** The live browser, for tests that look at its contexts and pages. */
  browserForTests(): Promise<Browser> {
    return this.liveBrowser();
  }

  /** The browser's process id, for tests that crash it on purpose. */
  async pid(): Promise<number | undefined> {
    return (await this.liveBrowser()).process()?.pid;
  }

  /**
   * Loads the document, waits until its page scripts have laid it out (Paged.js, or Chromium's own
   * pagination once diagrams and images are ready), and prints. Resolves with the PDF bytes and what the
   * page scripts found. Rejects with PrintTimeoutError or BrowserCrashedError.
   */
  async print(job: PrintJob, slot = 0): Promise<PrintedPdf> {
    const browser = await this.liveBrowser();
    let page: Page | undefined;
    let crashed: string | undefined;
    // A crash ends the wait at once instead of at the time limit: a dead page never signals "done".
    let interrupt: (error: Error) => void = () => undefined;
    const interrupted = new Promise<never>((_, reject) => (interrupt = reject));
    interrupted.catch(() => undefined);
    const onDisconnected = () => interrupt(new Error('the browser disconnected'));
    // `on`, not `once`: puppeteer's once() registers a wrapper that off(onDisconnected) cannot find, so
    // every print left a listener behind, and with it the document's PDF bytes (~60 KB per document).
    browser.on('disconnected', onDisconnected);
    const timings: Record<string, number> = {};
    let last = performance.now();
    const lap = (step: string) => {
      const now = performance.now();
      timings[step] = Math.round(now - last);
      last = now;
    };
    let slotPage: SlotPage | undefined;
    const work = (async () => {
      await this.renewContextIfDue(browser, slot);
      slotPage = await this.pageFor(browser, slot);
      page = slotPage.page;
      lap('newPage');
      slotPage.current = {
        onCrash: (error) => {
          crashed = error.message;
          interrupt(error);
        },
        onRequest: createRequestHandler({
          workspace: this.options.workspace,
          documentUrl: job.documentUrl,
          documentHtml: job.documentHtml,
          allowRemoteAssets: this.options.allowRemoteAssets,
          onBlocked: job.onBlocked,
        }),
      };
      const shown = slotPage;
      if (job.swap && shown.shell === job.swap.shell && shown.swaps < SWAPS_PER_PAGE) {
        shown.swaps++;
        await swapDocument(page, job.swap, job.documentUrl);
        lap('swap');
      } else {
        // Until it has loaded, the page can take no document by swap.
        shown.shell = undefined;
        await page.goto(job.documentUrl, { waitUntil: 'domcontentloaded', timeout: 0 });
        shown.shell = job.swap?.shell;
        shown.swaps = 0;
        lap('load');
      }
      // Resolves the moment the page scripts say the pages are laid out (page-scripts/common.js).
      const laidOut = await awaitLayout(page);
      const diagnostics = readPageDiagnostics(laidOut.diagnostics);
      lap('layout');
      // Part of the layout step: the page's check for characters no font could draw.
      if (typeof laidOut.glyphCheckMs === 'number') timings.glyphCheck = Math.round(laidOut.glyphCheckMs);
      // Chromium builds the bookmarks from the laid-out headings (checked to survive Paged.js, see
      // __tests__/integration/document-features.test.ts) and tags the PDF for screen readers.
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
        timeout: 0,
      });
      lap('print');
      return { pdf, diagnostics, timings };
    })();

    let succeeded = false;
    try {
      const printed = await withTimeout(
        Promise.race([work, interrupted]),
        job.timeoutMs,
        () => new PrintTimeoutError(Math.round(job.timeoutMs / 1000)),
      );
      succeeded = true;
      const context = this.contexts.get(browser)?.get(slot);
      if (context) this.documentsInContext.set(context, (this.documentsInContext.get(context) ?? 0) + 1);
      return printed;
    } catch (error) {
      work.catch(() => undefined);
      this.dropPage(browser, slot);
      // The browser went away because the printer was closed: a shutdown, not a crash.
      if (this.closed) throw new PrinterClosedError();
      if (!browser.connected) {
        await this.restart(browser);
        throw new BrowserCrashedError('the browser crashed or was killed while printing');
      }
      if (crashed) throw new BrowserCrashedError(`the page crashed while printing (${crashed})`);
      if (isProtocolTimeout(error)) {
        // The browser stopped answering: kill it rather than trust it with the next document.
        await this.restart(browser);
        throw new BrowserCrashedError(`the browser stopped responding (${errorMessage(error)})`);
      }
      if (error instanceof PrintTimeoutError) await this.recoverFromTimeout(browser, slot, page);
      throw error;
    } finally {
      browser.off('disconnected', onDisconnected);
      const done = slotPage as SlotPage | undefined;
      if (done) done.current = undefined;
      const p = page as Page | undefined;
      // A page that printed is kept for the slot's next document; any other is closed.
      if (!succeeded && p && !p.isClosed())
        await withTimeout(p.close(), 5000, () => new Error('close')).catch(() => undefined);
    }
  }

  /**
   * Closes every browser this printer started, and starts none again: a print waiting for the browser or
   * running in it fails with PrinterClosedError. Resolves once the browsers' processes are gone, and
   * their scratch folders (those of crashed browsers too). Safe to call twice (the second call waits for
   * the first), and while a launch is under way.
   */
  close(): Promise<void> {
    this.closed = true;
    this.browser = undefined;
    this.closing ??= Promise.all(
      [...this.launches].map(async (launch) => {
        const browser = await launch.catch(() => undefined);
        if (browser) await shutDown(browser);
      }),
    )
      .then(() => Promise.all(this.departures))
      .then(() => undefined);
    return this.closing;
  }
}
