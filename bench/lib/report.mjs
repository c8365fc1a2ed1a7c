// Turns measurements into the results table, and describes the machine.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromeVersion } from './chrome.mjs';

const MiB = 1024 * 1024;

/** Median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU model, cores, memory, Node and Chromium versions, one line each. */
export function describeMachine(chromePath) {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  return [
    `CPU: ${cpuModel ?? os.cpus()[0]?.model ?? 'unknown'}`,
    `Cores: ${os.availableParallelism()}`,
    `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `Node: ${process.version}`,
    `Chromium: ${chromeVersion(chromePath)}`,
  ];
}

/**
 * Summarises each { target, tool, docs, runs: [{ ms, peakBytes }] } measurement.
 * The ratio compares per-document time, so a tool run on a subset of a target
 * is still compared fairly with ours on the whole target.
 */
export function summarise(measurements) {
  const rows = measurements.map((m) => {
    if (m.failure) return m; // no figures from a tool that did not finish every run
    const medianMs = median(m.runs.map((run) => run.ms));
    return {
      ...m,
      medianMs,
      perDocMs: medianMs / m.docs,
      peakBytes: median(m.runs.map((run) => run.peakBytes)),
    };
  });
  for (const row of rows) {
    const ours = rows.find((r) => r.target.id === row.target.id && r.tool === 'ours' && !r.failure);
    row.ratio = ours && row !== ours && !row.failure ? ours.perDocMs / row.perDocMs : undefined;
  }
  return rows;
}

/** A tool's peak memory on 200 reports over that on 40; the issue wants at most 1.2 for ours. */
export function memoryGrowth(rows, tool) {
  const peakOf = (id) => rows.find((r) => r.target.id === id && r.tool === tool && !r.failure)?.peakBytes;
  const [small, large] = [peakOf('batch-40'), peakOf('batch-200')];
  return small && large ? large / small : undefined;
}

/** The results as a Markdown table. */
export function formatTable(rows) {
  const lines = [
    '| target | tool | docs | runs (s) | median | per doc | ours/theirs | peak RSS |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    if (row.failure) {
      lines.push(
        `| ${row.target.label} | ${row.tool} | ${row.docs} | **failed**: ${row.failure.replaceAll('|', '\\|')} | | | | |`,
      );
      continue;
    }
    const runs = row.runs.map((run) => (run.ms / 1000).toFixed(1)).join(' · ');
    lines.push(
      `| ${row.target.label} | ${row.tool} | ${row.docs} | ${runs} | ${(row.medianMs / 1000).toFixed(1)} s` +
        ` | ${Math.round(row.perDocMs)} ms | ${row.ratio ? row.ratio.toFixed(2) : '—'}` +
        ` | ${Math.round(row.peakBytes / MiB)} MiB |`,
    );
  }
  return lines.join('\n');
}
