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

/** The row of `tool` on target `id`, if it has figures. */
function rowOf(rows, id, tool) {
  return rows.find((r) => r.target.id === id && r.tool === tool && !r.failure);
}

/** A tool's peak memory on target `large` over that on target `small` (undefined if either is missing). */
export function memoryGrowth(rows, tool, large, small = 'batch') {
  const [a, b] = [rowOf(rows, small, tool)?.peakBytes, rowOf(rows, large, tool)?.peakBytes];
  return a && b ? b / a : undefined;
}

/** The floor: plain Chromium printing our HTML (bench/chromium-print.mjs). */
export const FLOOR = 'chromium-print';

/**
 * Issue 14's goals, as ours / theirs per-document time: against md-to-pdf on
 * each shape, and against the floor on the batch.
 */
const GOALS = [
  { id: 'single', mdToPdf: 0.8 },
  { id: 'spec', mdToPdf: 0.8 },
  { id: 'book', mdToPdf: 0.8 },
  { id: 'batch', mdToPdf: 0.5, floor: 1.2 },
];

/** "0.53 ✓" (goal met), "0.95 ✗" (missed), the ratio alone with no goal, "—" without figures. */
function ratioCell(ours, theirs, goal) {
  if (!ours || !theirs) return '—';
  const ratio = ours.perDocMs / theirs.perDocMs;
  if (goal === undefined) return ratio.toFixed(2);
  return `${ratio.toFixed(2)} ${ratio <= goal ? '✓' : '✗'}`;
}

/**
 * The issue's targets: ours/md-to-pdf and ours/floor per shape, each with its goal,
 * then peak-memory growth. Only targets that were run are listed.
 */
export function formatGoals(rows) {
  const lines = [
    '| shape | ours/md-to-pdf | goal | ours/floor | goal |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const goal of GOALS) {
    const ours = rowOf(rows, goal.id, 'ours');
    const label = rows.find((r) => r.target.id === goal.id)?.target.label;
    if (!label) continue;
    lines.push(
      `| ${label} | ${ratioCell(ours, rowOf(rows, goal.id, 'md-to-pdf'), goal.mdToPdf)} | ≤ ${goal.mdToPdf}` +
        ` | ${ratioCell(ours, rowOf(rows, goal.id, FLOOR), goal.floor)} | ${goal.floor ? `≤ ${goal.floor}` : '—'} |`,
    );
  }
  const memory = [
    ['memory', 'ours', 1.2],
    ['batch-large', 'ours', 1.2],
    ['batch-large', 'md-to-pdf'],
  ]
    .map(([large, tool, goal]) => {
      const growth = memoryGrowth(rows, tool, large);
      if (growth === undefined) return undefined;
      const label = rowOf(rows, large, tool).target.label;
      const verdict = goal ? ` ${growth <= goal ? '✓' : '✗'} (goal ≤ ${goal})` : '';
      return `- Peak memory, ${label} / ${rowOf(rows, 'batch', tool).target.label}: ${tool} ${growth.toFixed(2)}${verdict}`;
    })
    .filter(Boolean);
  return [lines.length > 2 ? lines.join('\n') : null, memory.length ? memory.join('\n') : null]
    .filter(Boolean)
    .join('\n\n');
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
