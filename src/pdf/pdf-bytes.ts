import { PDFContext, PDFDict, PDFHexString, PDFName, PDFObjectParser, PDFRef, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

const keyword = (word: string): number[] => [...word].map((c) => c.charCodeAt(0));
const OBJ = keyword('obj');
const ENDOBJ = keyword('endobj');
const TRAILER = keyword('trailer');

/** PDF whitespace and delimiters: the bytes that can end a name. */
const NOT_REGULAR = new Set(keyword('\0\t\n\f\r ()<>[]{}/%'));
const [OPEN, CLOSE, BACKSLASH, LESS, PERCENT, CR, LF, SLASH] = keyword('()\\<%\r\n/');

/** A string written in the file: where it starts, where it ends (after its delimiter), and its value. */
export interface StringToken {
  start: number;
  end: number;
  value: PDFString | PDFHexString;
}

/** Text written over `start`…`end` of the file (one byte a character). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

interface XrefSection {
  first: number;
  entries: Array<{ offset: number; generation: number; inUse: boolean }>;
}

/** The subsections of a classic xref table (the text between `xref` and `trailer`). */
function readXrefTable(table: string): XrefSection[] | undefined {
  const tokens = table.trim().split(/\s+/);
  const sections: XrefSection[] = [];
  for (let i = 0; i < tokens.length;) {
    const section: XrefSection = { first: Number(tokens[i]), entries: [] };
    const count = Number(tokens[i + 1]);
    if (!Number.isInteger(section.first) || !Number.isInteger(count)) return undefined;
    for (i += 2; section.entries.length < count; i += 3) {
      const [offset, generation, type] = [Number(tokens[i]), Number(tokens[i + 1]), tokens[i + 2]];
      if (!Number.isInteger(offset) || !Number.isInteger(generation)) return undefined;
      if (type !== 'n' && type !== 'f') return undefined;
      section.entries.push({ offset, generation, inUse: type === 'n' });
    }
    sections.push(section);
  }
  return sections;
}

/** pdf-lib's object parser, pointed at one place of the file rather than made to parse all of it. */
class ObjectReader extends PDFObjectParser {
  /** pdf-lib does not export its ByteStream: borrow the one its factory makes. */
  static over(bytes: Uint8Array, context: PDFContext): ObjectReader {
    return new ObjectReader((PDFObjectParser.forBytes(bytes, context) as ObjectReader).bytes, context);
  }

  /** The indirect object `number gen obj … endobj` at `offset`, and the offset just after `endobj`. */
  indirect(offset: number, number: number): { object: PDFObject; end: number } {
    this.bytes.moveTo(offset);
    this.skipWhitespaceAndComments();
    const found = this.parseRawInt();
    this.skipWhitespaceAndComments();
    this.parseRawInt();
    this.skipWhitespaceAndComments();
    if (found !== number || !this.matchKeyword(OBJ)) {
      throw new Error(`object ${number} is not at offset ${offset}, where the xref table puts it`);
    }
    const object = this.parseObject();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(ENDOBJ)) throw new Error(`object ${number} does not end with endobj`);
    return { object, end: this.bytes.offset() };
  }

  /** The dictionary after the `trailer` keyword at `offset`. */
  trailer(offset: number): PDFObject | undefined {
    this.bytes.moveTo(offset);
    if (!this.matchKeyword(TRAILER)) return undefined;
    this.skipWhitespaceAndComments();
    return this.parseObject();
  }
}

/** How many of `items` (sorted by `at`) are before `limit`. */
function countBefore(items: Array<{ at: number }>, limit: number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.at < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `number gen obj`, the object, `endobj`, as bytes. */
function serialize(ref: PDFRef, object: PDFObject): Buffer {
  const head = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
  const out = Buffer.alloc(head.length + object.sizeInBytes() + '\nendobj'.length);
  out.write(head, 'latin1');
  const size = object.copyBytesInto(out, head.length);
  out.write('\nendobj', head.length + size, 'latin1');
  return out;
}

/**
 * A PDF written in one go with a classic xref table, as Chromium (Skia) prints them, read lazily: only
 * the objects asked for are parsed, and saving copies every other byte as it was, rewriting just the
 * changed objects, the xref table (their offsets shift) and the trailer. That costs a copy of the file
 * where pdf-lib's load and save parse and re-serialise every object (about a second for 160 pages).
 */
export class PdfFile {
  private readonly reader: ObjectReader;
  private readonly parsed = new Map<PDFRef, { object: PDFObject; end: number }>();
  private readonly offsets = new Map<PDFRef, number>();
  /** In-use objects by offset, to tell which object a byte is in. */
  private readonly starts: Array<{ at: number; ref: PDFRef }>;

  private constructor(
    private readonly bytes: Buffer,
    /** Where the xref table starts: saving keeps the bytes before it and rewrites the rest. */
    private readonly xrefAt: number,
    private readonly sections: XrefSection[],
    readonly trailer: PDFDict,
    readonly context: PDFContext,
  ) {
    this.reader = ObjectReader.over(bytes, context);
    for (const { first, entries } of sections) {
      entries.forEach((e, i) => e.inUse && this.offsets.set(PDFRef.of(first + i, e.generation), e.offset));
    }
    this.starts = [...this.offsets].map(([ref, at]) => ({ ref, at })).sort((a, b) => a.at - b.at);
  }

  /**
   * Reads the xref table and the trailer, or returns undefined when the file is not a single revision
   * with a classic xref table (an xref stream, an incremental update, encryption).
   */
  static read(pdf: Uint8Array): PdfFile | undefined {
    const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    const startxref = bytes.lastIndexOf('startxref');
    const xrefAt = Number(
      /^startxref\s+(\d+)/.exec(bytes.toString('latin1', startxref, startxref + 32))?.[1],
    );
    const trailerAt = bytes.indexOf('trailer', xrefAt);
    if (startxref === -1 || !(trailerAt > xrefAt && trailerAt < startxref)) return undefined;
    if (bytes.toString('latin1', xrefAt, xrefAt + 4) !== 'xref') return undefined;
    const sections = readXrefTable(bytes.toString('latin1', xrefAt + 4, trailerAt));
    const context = PDFContext.create();
    const trailer = ObjectReader.over(bytes, context).trailer(trailerAt);
    if (!sections || !(trailer instanceof PDFDict)) return undefined;
    if (!(trailer.get(PDFName.of('Root')) instanceof PDFRef)) return undefined;
    if (['Prev', 'XRefStm', 'Encrypt'].some((key) => trailer.has(PDFName.of(key)))) return undefined;
    return new PdfFile(bytes, xrefAt, sections, trailer, context);
  }

  /** The object itself, parsed from the file the first time, when `object` is a reference. */
  lookup(object: PDFObject | undefined): PDFObject | undefined {
    if (!(object instanceof PDFRef)) return object;
    let found = this.parsed.get(object);
    const offset = this.offsets.get(object);
    if (!found && offset !== undefined) {
      found = this.reader.indirect(offset, object.objectNumber);
      this.parsed.set(object, found);
    }
    return found?.object;
  }

  /**
   * The objects in which the name `/name` occurs, found by searching the bytes rather than parsing every
   * object. A hit in a stream's data names that stream, which is harmless: stringsIn stops at its data.
   */
  objectsWithName(name: string): PDFRef[] {
    const needle = Buffer.from(`/${name}`, 'latin1');
    const found = new Set<PDFRef>();
    for (let at = this.bytes.indexOf(needle); at !== -1 && at < this.xrefAt;) {
      const next = this.bytes[at + needle.length];
      const object = this.starts[countBefore(this.starts, at) - 1];
      if (object && (next === undefined || NOT_REGULAR.has(next))) found.add(object.ref);
      at = this.bytes.indexOf(needle, at + needle.length);
    }
    return [...found];
  }

  /**
   * The strings written in an indirect object (up to its stream data, if any), and where, found by a scan
   * of its bytes: many objects can have a string replaced this way for less than pdf-lib's parse of them.
   */
  stringsIn(ref: PDFRef): StringToken[] {
    const bytes = this.bytes;
    const start = this.offsets.get(ref);
    if (start === undefined) return [];
    const limit = this.starts[countBefore(this.starts, start + 1)]?.at ?? this.xrefAt;
    // A keyword, not the end of a longer word or a name (`/stream`).
    const keywordAt = (i: number, word: string) =>
      bytes[i] === word.charCodeAt(0) &&
      NOT_REGULAR.has(bytes[i - 1]!) &&
      bytes[i - 1] !== SLASH &&
      bytes.toString('latin1', i, i + word.length) === word;
    const unterminated = () => new Error(`object ${ref.objectNumber} has an unterminated string`);
    const strings: StringToken[] = [];
    for (let i = start; i < limit;) {
      const byte = bytes[i]!;
      if (byte === OPEN) {
        // A literal string: parentheses nest unless escaped.
        let [end, depth] = [i + 1, 1];
        for (; depth > 0 && end < limit; end++) {
          if (bytes[end] === BACKSLASH) end++;
          else if (bytes[end] === OPEN) depth++;
          else if (bytes[end] === CLOSE) depth--;
        }
        if (depth > 0) throw unterminated();
        strings.push({ start: i, end, value: PDFString.of(bytes.toString('latin1', i + 1, end - 1)) });
        i = end;
      } else if (byte === LESS && bytes[i + 1] === LESS) {
        i += 2;
      } else if (byte === LESS) {
        const end = bytes.indexOf('>', i) + 1;
        if (end === 0 || end > limit) throw unterminated();
        strings.push({ start: i, end, value: PDFHexString.of(bytes.toString('latin1', i + 1, end - 1)) });
        i = end;
      } else if (byte === PERCENT) {
        while (i < limit && bytes[i] !== CR && bytes[i] !== LF) i++;
      } else if (keywordAt(i, 'endobj') || keywordAt(i, 'stream')) {
        break;
      } else {
        i++;
      }
    }
    return strings;
  }

  /**
   * The file with the given objects (as changed since `lookup` returned them), the edits and the trailer
   * written over the old ones; every other byte is copied, and the xref table gets the shifted offsets.
   */
  save(changed: Iterable<PDFRef>, edits: Edit[] = []): Uint8Array {
    const objects = [...new Set(changed)].map((ref) => {
      const start = this.offsets.get(ref);
      const found = this.parsed.get(ref);
      if (start === undefined || !found) throw new Error(`object ${ref.toString()} was not read`);
      return { start, end: found.end, bytes: serialize(ref, found.object) };
    });
    const all = [...objects, ...edits.map((e) => ({ ...e, bytes: Buffer.from(e.text, 'latin1') }))];
    all.sort((a, b) => a.start - b.start);
    const chunks: Uint8Array[] = [];
    /** Where each edit starts, and how far it and the edits before it move the bytes after it. */
    const shifts: Array<{ at: number; shift: number }> = [];
    let [copied, shift] = [0, 0];
    for (const { start, end, bytes } of all) {
      if (start < copied) throw new Error('finalize: two edits of the same bytes');
      chunks.push(this.bytes.subarray(copied, start), bytes);
      copied = end;
      shift += bytes.length - (end - start);
      shifts.push({ at: start, shift });
    }
    chunks.push(this.bytes.subarray(copied, this.xrefAt));
    // An edited object starts where it did, moved by the edits before it only.
    const moved = (offset: number): number => offset + (shifts[countBefore(shifts, offset) - 1]?.shift ?? 0);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    let xref = 'xref\n';
    for (const { first, entries } of this.sections) {
      xref += `${first} ${entries.length}\n`;
      for (const { offset, generation, inUse } of entries) {
        xref += `${pad(inUse ? moved(offset) : offset, 10)} ${pad(generation, 5)} ${inUse ? 'n' : 'f'} \n`;
      }
    }
    const xrefAt = moved(this.xrefAt);
    chunks.push(
      Buffer.from(`${xref}trailer\n${this.trailer.toString()}\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
    );
    const file = Buffer.concat(chunks);
    return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  }
}
