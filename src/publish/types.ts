/** One PDF written by this run, as the engine reports it (only these are ever published). */
export interface PublishablePdf {
  /** Markdown source, relative to the workspace. */
  source: string;
  /** Absolute path of the PDF written by this run. */
  pdf: string;
  /** Path of the PDF relative to the output folder, with `/` separators. */
  relativePdf: string;
  pages: number;
  bytes: number;
}
