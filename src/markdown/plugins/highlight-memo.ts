/**
 * A bounded memo of highlighted code, keyed by language and text, for the process: long documents and
 * batches quote the same block again and again (a book's repeated examples, a command every runbook
 * shows), and tokenizing is most of the Markdown stage's time on them. Each hit hands out its own copy,
 * since the tree it joins may be changed afterwards (line numbers are put into the lines).
 *
 * The texts kept add up to at most `maxChars` characters; past that the least recently used go first, so
 * memory stays flat however many documents a run converts.
 */
export class HighlightMemo<T> {
  private readonly entries = new Map<string, { value: T; chars: number }>();
  private chars = 0;

  constructor(
    private readonly maxChars: number,
    private readonly copy: (value: T) => T = structuredClone,
  ) {}

  /** The highlighted form of `text`: a copy of the one kept, or `highlight()`'s, kept for next time. */
  highlighted(language: string, text: string, highlight: () => T): T {
    const key = `${language}\n${text}`;
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return this.copy(kept.value);
    }
    const value = highlight();
    if (text.length > this.maxChars) return value;
    this.entries.set(key, { value: this.copy(value), chars: text.length });
    this.chars += text.length;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.chars;
    }
    return value;
  }

  /** How many texts are kept, and their length together (for tests). */
  get size(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }
}
