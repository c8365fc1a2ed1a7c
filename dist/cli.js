#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULTS,
  convert,
  defaultConcurrency,
  describeShard,
  findMarkdownFiles,
  formatProblem,
  parseByteSize,
  parseInteger,
  parseLayoutEngine,
  parseMergePath,
  parsePageSize,
  parseShard,
  parseSourceDateEpoch,
  parseStylesheetPath,
  parseTemplate,
  parseTheme,
  parseTocDepth,
  refuseMergeInShard,
  selectShard
} from "./chunks/chunk-XBLJMO3R.js";
import "./chunks/chunk-MKUA5MRB.js";
import "./chunks/chunk-7HCETFFN.js";
import "./chunks/chunk-JBUROLHV.js";
import "./chunks/chunk-CGD77RTI.js";
import "./chunks/chunk-A35UVPDT.js";
import "./chunks/chunk-Q54E5RX4.js";
import "./chunks/chunk-B4ZJ4SDO.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/cli-main.ts
import path from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: md-pdf [patterns...] [options]

Converts Markdown files to paginated PDFs. Patterns are globs relative to the current folder
(default "**/*.md"; prefix with ! to exclude; node_modules is always excluded).

Options:
  -o, --out-dir DIR           where PDFs go, mirroring the source folders (default: pdf)
      --theme NAME            report | github | minimal (default: report)
      --page-size SIZE        A4 | Letter (default: A4)
      --concurrency N         documents printed at once (default: CPU count)
      --timeout SECONDS       time limit per file (default: 120)
      --chrome-path PATH      Chromium/Chrome to use (default: CHROME_PATH, then system paths)
      --max-file-size SIZE    refuse larger sources, e.g. 10MB (default: 10MB)
      --allow-remote-assets   load http(s) images from public hosts
      --toc                   add a Contents page with page numbers (front matter toc: wins)
      --toc-depth N           2 = H2 only, 3 = H2 and H3 (default: 2)
      --cover                 start with a title page made from the metadata
      --header TEMPLATE       running header; {title} {author} {date} {section} {page} {pages},
                              "none" for no header (default: "{title}")
      --footer TEMPLATE       footer, same placeholders (default: "Page {page} of {pages}")
      --css FILE              your stylesheet, applied after the theme
      --merge FILE            also write one book PDF of all documents (cover, contents,
                              a bookmark per document), inside the output folder
      --merge-title TEXT      title on the book's cover (default: from the file name)
      --incremental           skip documents whose PDF is up to date (manifest in the output
                              folder: source, images, options and tool version)
      --shard K/N             convert only part K of N of the files (e.g. 2/4), balanced by size
      --layout-engine NAME    auto: Chromium paginates unless a document needs Paged.js (contents
                              page numbers, {section}, paged-media CSS); pagedjs: always (default: auto)
      --keep-html             also write the HTML document that was printed, next to each PDF
  -h, --help                  show this help
`;
function parseCli(argv, cwd) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "out-dir": { type: "string", short: "o" },
      theme: { type: "string" },
      "page-size": { type: "string" },
      concurrency: { type: "string" },
      timeout: { type: "string" },
      "chrome-path": { type: "string" },
      "max-file-size": { type: "string" },
      "allow-remote-assets": { type: "boolean" },
      toc: { type: "boolean" },
      "toc-depth": { type: "string" },
      cover: { type: "boolean" },
      header: { type: "string" },
      footer: { type: "string" },
      css: { type: "string" },
      merge: { type: "string" },
      "merge-title": { type: "string" },
      incremental: { type: "boolean" },
      "keep-html": { type: "boolean" },
      "layout-engine": { type: "string" },
      shard: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const outputDir = path.resolve(cwd, values["out-dir"] ?? DEFAULTS.outputDir);
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard, "--shard");
  refuseMergeInShard(shard, values.merge, "--shard", "--merge");
  return {
    patterns: positionals.length ? positionals : [...DEFAULTS.patterns],
    shard,
    options: {
      workspace: cwd,
      outputDir,
      theme: values.theme ? parseTheme(values.theme, "--theme") : DEFAULTS.theme,
      pageSize: values["page-size"] ? parsePageSize(values["page-size"], "--page-size") : DEFAULTS.pageSize,
      concurrency: values.concurrency ? parseInteger(values.concurrency, "--concurrency", 1, 64) : defaultConcurrency(),
      timeoutMs: (values.timeout ? parseInteger(values.timeout, "--timeout", 1, 86400) : DEFAULTS.timeoutSeconds) * 1e3,
      chromePath: values["chrome-path"],
      maxFileSize: values["max-file-size"] ? parseByteSize(values["max-file-size"], "--max-file-size") : DEFAULTS.maxFileSize,
      allowRemoteAssets: values["allow-remote-assets"] ?? false,
      sourceDate: parseSourceDateEpoch(process.env.SOURCE_DATE_EPOCH),
      toc: values.toc ?? DEFAULTS.toc,
      tocDepth: values["toc-depth"] ? parseTocDepth(values["toc-depth"], "--toc-depth") : DEFAULTS.tocDepth,
      cover: values.cover ?? DEFAULTS.cover,
      header: values.header === void 0 ? void 0 : parseTemplate(values.header, "--header") || "none",
      footer: values.footer === void 0 ? void 0 : parseTemplate(values.footer, "--footer") || "none",
      css: values.css ? parseStylesheetPath(values.css, cwd, "--css") : void 0,
      merge: values.merge ? parseMergePath(values.merge, outputDir, "--merge") : void 0,
      mergeTitle: values["merge-title"]?.trim() || void 0,
      incremental: values.incremental ?? false,
      keepHtml: values["keep-html"] ?? false,
      layoutEngine: values["layout-engine"] ? parseLayoutEngine(values["layout-engine"], "--layout-engine") : DEFAULTS.layoutEngine
    }
  };
}
function progressLine(result, cwd) {
  if (result.status === "failed") return `\u2717 ${formatProblem(result.source, result.error)}`;
  const pdf = path.relative(cwd, result.pdf);
  if (result.status === "unchanged") return `= ${result.source} \u2192 ${pdf} (unchanged, ${result.pages} pages)`;
  return `\u2713 ${result.source} \u2192 ${pdf} (${result.pages} pages, ${result.seconds.toFixed(1)} s)`;
}
async function main(argv, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseCli(argv, cwd);
  } catch (error) {
    process.stderr.write(`md-pdf: ${error.message}

${HELP}`);
    return 2;
  }
  const { patterns, options, shard } = parsed;
  const found = await findMarkdownFiles(patterns, options.workspace, options.outputDir);
  const selection = shard ? await selectShard(found.files, found.rejected, shard) : void 0;
  if (shard && selection) process.stderr.write(`${describeShard(shard, selection)}
`);
  const { files, rejected } = selection ?? found;
  for (const r of rejected)
    process.stderr.write(`\u2717 ${formatProblem(r.relativePath, { message: r.reason })}
`);
  if (found.files.length === 0 && found.rejected.length === 0) {
    process.stderr.write(`md-pdf: no Markdown files match ${patterns.join(" ")}
`);
    return 1;
  }
  const results = await convert(files, options, {
    onInfo: (message) => process.stderr.write(`${message}
`),
    onFileDone: (result) => {
      process.stdout.write(progressLine(result, cwd) + "\n");
      for (const w of result.warnings) process.stderr.write(`  ! ${formatProblem(result.source, w)}
`);
    }
  });
  const failed = results.filter((r) => r.status === "failed").length + rejected.length;
  const written = results.filter((r) => r.status === "written").length;
  const unchanged = results.filter((r) => r.status === "unchanged").length;
  process.stdout.write(
    `${written} PDF${written === 1 ? "" : "s"} written` + (unchanged ? `, ${unchanged} unchanged,` : "") + ` to ${path.relative(cwd, options.outputDir) || "."}` + (failed ? `, ${failed} failed` : "") + "\n"
  );
  return failed ? 1 : 0;
}

// src/cli.ts
function hideRunnerDebugLines() {
  if (process.env.RUNNER_DEBUG === "1") return;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => typeof chunk === "string" && chunk.startsWith("::debug::") ? true : write(chunk, ...rest));
}
hideRunnerDebugLines();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`md-pdf: ${error instanceof Error ? error.message : String(error)}
`);
    process.exit(1);
  }
);
