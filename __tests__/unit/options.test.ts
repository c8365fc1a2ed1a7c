import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseByteSize,
  parseInteger,
  parsePageSize,
  parseSourceDateEpoch,
  parseTheme,
} from '../../src/engine/options.js';

describe('option parsing', () => {
  it('accepts valid values in any case', () => {
    expect(parsePageSize('letter', 'page-size')).toBe('Letter');
    expect(parsePageSize(' a4 ', 'page-size')).toBe('A4');
    expect(parseTheme('GitHub', 'theme')).toBe('github');
    expect(parseInteger('4', 'concurrency', 1, 64)).toBe(4);
    expect(parseByteSize('10MB', 'max-file-size')).toBe(10 * 1024 * 1024);
    expect(parseByteSize('512kb', 'max-file-size')).toBe(512 * 1024);
    expect(parseBoolean('Yes', 'x')).toBe(true);
    expect(parseSourceDateEpoch('86400')?.toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(parseSourceDateEpoch(undefined)).toBeUndefined();
  });

  it('names the input in every error', () => {
    expect(() => parsePageSize('A3', 'page-size')).toThrow(/page-size must be one of A4, Letter; got "A3"/);
    expect(() => parseTheme('dark', '--theme')).toThrow(/--theme/);
    expect(() => parseInteger('0', 'concurrency', 1, 64)).toThrow(
      /concurrency must be a whole number from 1 to 64/,
    );
    expect(() => parseInteger('2.5', 'timeout', 1, 10)).toThrow(/timeout/);
    expect(() => parseByteSize('lots', 'max-file-size')).toThrow(/max-file-size/);
    expect(() => parseBoolean('maybe', 'fail-on-error')).toThrow(/fail-on-error must be true or false/);
    expect(() => parseSourceDateEpoch('yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
