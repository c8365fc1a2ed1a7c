import { ProtocolError, TimeoutError } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { isProtocolTimeout } from '../../src/browser/printer.js';
import { RunCancelledError } from '../../src/engine/cancellation.js';
import { PublishError } from '../../src/publish/index.js';
import {
  BrowserCrashedError,
  BrowserNotFoundError,
  CommandError,
  DocumentError,
  errorMessage,
  FrontMatterNotMappingError,
  FrontMatterSyntaxError,
  MdPdfError,
  OptionError,
  PrinterClosedError,
  PrintTimeoutError,
} from '../../src/shared/errors.js';

describe('the error hierarchy', () => {
  it('names each error after its class, and every one is an MdPdfError', () => {
    const errors = [
      new OptionError('bad `theme`'),
      new DocumentError('bad line', 4),
      new FrontMatterNotMappingError('a list', 2),
      new FrontMatterSyntaxError('not YAML', 3),
      new BrowserNotFoundError('no browser'),
      new BrowserCrashedError('gone'),
      new PrinterClosedError(),
      new PrintTimeoutError(8),
      new CommandError('git: exited with code 1', 1),
      new RunCancelledError('SIGTERM'),
      new PublishError('upload failed', {}, []),
    ];
    expect(errors.map((e) => e.name)).toEqual([
      'OptionError',
      'DocumentError',
      'FrontMatterNotMappingError',
      'FrontMatterSyntaxError',
      'BrowserNotFoundError',
      'BrowserCrashedError',
      'PrinterClosedError',
      'PrintTimeoutError',
      'CommandError',
      'RunCancelledError',
      'PublishError',
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(MdPdfError);
    expect(String(new PrintTimeoutError(8))).toBe(
      'PrintTimeoutError: layout and printing took longer than the 8 s time limit; split the document or raise `timeout`',
    );
  });

  it('keeps a document line through the front-matter subclasses, and a cause when given', () => {
    const syntax = new FrontMatterSyntaxError('front matter is not valid YAML', 7);
    expect(syntax).toBeInstanceOf(DocumentError);
    expect(syntax.line).toBe(7);
    expect(new FrontMatterNotMappingError('a list', 2).message).toBe(
      'front matter must be a mapping of keys to values (key: value), not a list',
    );
    const cause = new Error('first crash');
    expect(new BrowserCrashedError('crashed twice', { cause }).cause).toBe(cause);
  });
});

describe('errorMessage', () => {
  it("gives an Error's message and any other value as text", () => {
    expect(errorMessage(new OptionError('bad `timeout`'))).toBe('bad `timeout`');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

describe('isProtocolTimeout', () => {
  it("goes by puppeteer's error classes, never by the message", () => {
    expect(isProtocolTimeout(new ProtocolError('Page.printToPDF timed out.'))).toBe(true);
    expect(isProtocolTimeout(new ProtocolError('Protocol error (Page.printToPDF): Printing failed'))).toBe(
      true,
    );
    expect(isProtocolTimeout(new TimeoutError('Waiting failed: 30000ms exceeded'))).toBe(true);
    // The words alone do not make one: a document's own failure may mention a timeout.
    expect(isProtocolTimeout(new Error('the request timed out (protocolTimeout)'))).toBe(false);
    expect(isProtocolTimeout(new PrintTimeoutError(8))).toBe(false);
    expect(isProtocolTimeout('timed out')).toBe(false);
  });
});
