import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULTS,
  OptionError,
  convert,
  defaultConcurrency,
  error,
  findMarkdownFiles,
  formatProblem,
  getInput,
  getMultilineInput,
  info,
  isInside,
  parseBoolean,
  parseByteSize,
  parseInteger,
  parsePageSize,
  parseSourceDateEpoch,
  parseTheme,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-MPDNVRKG.js";
import "./chunks/chunk-L6W2N5RT.js";
import "./chunks/chunk-AOMYLP2S.js";
import "./chunks/chunk-NEQU24HY.js";
import "./chunks/chunk-CGD77RTI.js";
import "./chunks/chunk-A35UVPDT.js";
import "./chunks/chunk-Q54E5RX4.js";
import "./chunks/chunk-B4ZJ4SDO.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/inputs.ts
import path from "node:path";
function input(name, fallback) {
  const value = getInput(name);
  return value.trim() === "" ? fallback : value;
}
function getInputs(env = process.env) {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const outputDir = path.resolve(workspace, input("output-dir" /* OutputDir */, DEFAULTS.outputDir));
  if (!isInside(workspace, outputDir) || outputDir === workspace) {
    throw new OptionError(
      `${"output-dir" /* OutputDir */} must be a folder inside the workspace; got "${getInput("output-dir" /* OutputDir */)}"`
    );
  }
  const patterns = getMultilineInput("files" /* Files */).filter((line) => line.trim() !== "");
  const chromePath = getInput("chrome-path" /* ChromePath */).trim();
  return {
    patterns: patterns.length ? patterns : [...DEFAULTS.patterns],
    failOnError: parseBoolean(input("fail-on-error" /* FailOnError */, "true"), "fail-on-error" /* FailOnError */),
    convert: {
      workspace,
      outputDir,
      theme: parseTheme(input("theme" /* Theme */, DEFAULTS.theme), "theme" /* Theme */),
      pageSize: parsePageSize(input("page-size" /* PageSize */, DEFAULTS.pageSize), "page-size" /* PageSize */),
      concurrency: parseInteger(
        input("concurrency" /* Concurrency */, String(defaultConcurrency())),
        "concurrency" /* Concurrency */,
        1,
        64
      ),
      timeoutMs: parseInteger(input("timeout" /* Timeout */, String(DEFAULTS.timeoutSeconds)), "timeout" /* Timeout */, 1, 86400) * 1e3,
      chromePath: chromePath || void 0,
      maxFileSize: parseByteSize(input("max-file-size" /* MaxFileSize */, String(DEFAULTS.maxFileSize)), "max-file-size" /* MaxFileSize */),
      allowRemoteAssets: parseBoolean(input("allow-remote-assets" /* AllowRemoteAssets */, "false"), "allow-remote-assets" /* AllowRemoteAssets */),
      sourceDate: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH)
    }
  };
}

// src/report.ts
import path2 from "node:path";
function relative(workspace, file) {
  return path2.relative(workspace, file).split(path2.sep).join("/");
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function logLine(result, workspace) {
  if (result.status === "failed") return `\u2717 ${formatProblem(result.source, result.error)}`;
  return `\u2713 ${result.source} \u2192 ${relative(workspace, result.pdf)} (${result.pages} pages, ${formatBytes(result.bytes)}, ${result.seconds.toFixed(1)} s)`;
}
function annotate(results, rejected) {
  for (const r of rejected)
    error(formatProblem(r.relativePath, { message: r.reason }), {
      file: r.relativePath,
      title: "md-pdf"
    });
  for (const result of results) {
    for (const warning2 of result.warnings) {
      warning(formatProblem(result.source, warning2), {
        file: result.source,
        startLine: warning2.line,
        title: "md-pdf"
      });
    }
    if (result.error) {
      error(formatProblem(result.source, result.error), {
        file: result.source,
        startLine: result.error.line,
        title: "md-pdf"
      });
    }
  }
}
function setOutputs(results, workspace) {
  const written = results.filter((r) => r.status === "written").map((r) => relative(workspace, r.pdf));
  setOutput("files", JSON.stringify(written));
  setOutput("count", String(written.length));
  return written;
}
async function writeSummary(results, rejected, workspace, extras = []) {
  const rows = results.map((r) => [
    r.source,
    r.status === "written" ? relative(workspace, r.pdf) : "\u2717 failed",
    r.pages === void 0 ? "" : String(r.pages),
    r.bytes === void 0 ? "" : formatBytes(r.bytes),
    r.seconds.toFixed(1)
  ]);
  const summary2 = summary.addHeading("Markdown \u2192 PDF", 2).addTable([
    [
      { data: "Source", header: true },
      { data: "PDF", header: true },
      { data: "Pages", header: true },
      { data: "Size", header: true },
      { data: "Seconds", header: true }
    ],
    ...rows
  ]);
  const failures = [
    ...rejected.map((r) => formatProblem(r.relativePath, { message: r.reason })),
    ...results.filter((r) => r.error).map((r) => formatProblem(r.source, r.error))
  ];
  if (failures.length) summary2.addHeading("Failures", 3).addList(failures);
  for (const extra of extras) summary2.addHeading(extra.heading, 3).addRaw(extra.markdown, true);
  await summary2.write();
}

// src/main.ts
async function run() {
  try {
    const inputs = getInputs();
    const { workspace, outputDir } = inputs.convert;
    const { files, rejected } = await findMarkdownFiles(inputs.patterns, workspace, outputDir);
    info(`Found ${files.length} Markdown file${files.length === 1 ? "" : "s"}`);
    if (files.length === 0 && rejected.length === 0) {
      warning(`No Markdown files match: ${inputs.patterns.join(", ")}`);
    }
    const results = await convert(files, inputs.convert, {
      onInfo: (message) => info(message),
      onFileDone: (result) => info(logLine(result, workspace))
    });
    annotate(results, rejected);
    setOutputs(results, workspace);
    await writeSummary(results, rejected, workspace);
    const failed = rejected.length + results.filter((r) => r.status === "failed").length;
    if (failed > 0) {
      const message = `${failed} of ${files.length + rejected.length} files could not be converted (see the annotations)`;
      if (inputs.failOnError) setFailed(message);
      else warning(message);
    }
  } catch (error2) {
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}

// src/index.ts
await run();
