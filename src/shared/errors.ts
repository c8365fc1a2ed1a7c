/**
 * The tool's errors: one base class and a subclass per kind of failure, so callers test `instanceof`,
 * never the message text (as puppeteer-core's common/Errors.ts does). Errors that carry a layer's own
 * types (publish/index.ts PublishError) extend MdPdfError where they are made.
 */

/** Base of every error the tool raises on purpose: named after its class, with an optional cause. */
export class MdPdfError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Raised for a bad option value; the message names the input or flag. */
export class OptionError extends MdPdfError {}

/** A problem in a document, with the 1-based line it is on when known. */
export class DocumentError extends MdPdfError {
  constructor(
    message: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The front matter parsed, but it is not a mapping of keys to values (a string, a list, only comments). */
export class FrontMatterNotMappingError extends DocumentError {
  constructor(
    readonly found: string,
    line?: number,
  ) {
    super(`front matter must be a mapping of keys to values (key: value), not ${found}`, line);
  }
}

/** The front matter is not valid YAML or TOML. */
export class FrontMatterSyntaxError extends DocumentError {}

/** No browser was found, or the one named is not an executable file; the message says how to get one. */
export class BrowserNotFoundError extends MdPdfError {}

/** The browser died or stopped answering: the file is not at fault and is worth one more try. */
export class BrowserCrashedError extends MdPdfError {}

/**
 * The printer was closed (the run is stopping) while the document waited for or was in the browser. The
 * browser went away because we asked it to: not a crash, so nothing is printed again.
 */
export class PrinterClosedError extends MdPdfError {
  constructor() {
    super('the run was stopped before the document was printed');
  }
}

/** A file took longer than its time limit. */
export class PrintTimeoutError extends MdPdfError {
  constructor(seconds: number) {
    super(
      `layout and printing took longer than the ${seconds} s time limit; split the document or raise \`timeout\``,
    );
  }
}

/** A command the tool runs (git, `chrome --version`) failed, could not start, or ran out of time. */
export class CommandError extends MdPdfError {
  constructor(
    message: string,
    /** The command's exit code, when it ran to an exit. */
    readonly exitCode?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** `error.message` for an Error, the value itself otherwise: the one way to show an unknown error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
