// Shared by the security tests: a canary server, the hostile workspace, and ways to look inside PDFs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { PDFDict } from 'pdf-lib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { tempDir } from '../helpers/render.js';

export const HOSTILE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** A server that must never be reached: it records every TCP connection and every HTTP request. */
export interface Canary {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request line (and WebSocket upgrade) received. */
  requests: string[];
  /** Every TCP connection accepted, whatever was sent on it (a TLS hello, nothing at all). */
  connections: number;
  close(): Promise<void>;
}

/** Starts a canary on 127.0.0.1 (never on other interfaces) at a random port. */
export async function startCanary(): Promise<Canary> {
  const server = http.createServer((request, response) => {
    canary.requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(makePng(4, 4, [255, 0, 0]));
  });
  const canary: Canary = {
    origin: '',
    port: 0,
    requests: [],
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => canary.connections++);
  server.on('upgrade', (request, socket) => {
    canary.requests.push(`UPGRADE ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  canary.port = (server.address() as AddressInfo).port;
  canary.origin = `http://127.0.0.1:${canary.port}`;
  return canary;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An opaque single-colour RGB PNG (no alpha, so Chromium embeds it as one image, without a mask). */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Sizes of the test images: what is inside the workspace, and what lies outside it. */
export const INSIDE_IMAGE = { width: 60, height: 30 };
export const OUTSIDE_IMAGE = { width: 70, height: 35 };

/** Where a hostile workspace lives, and the things outside it that no document may reach. */
export interface HostileWorkspace {
  root: string;
  workspace: string;
  outside: string;
  /** The file `---js` front matter would create if it ran. */
  markerFile: string;
}

/**
 * Copies the hostile fixtures into a fresh folder, with the canary's address filled in (byte for byte:
 * the invalid UTF-8 and binary fixtures must stay as they are), then adds what git cannot carry well:
 * images and symlinks that lead outside the workspace.
 */
export function prepareHostileWorkspace(canary: Canary, only?: readonly string[]): HostileWorkspace {
  const root = tempDir('hostile');
  const workspace = path.join(root, 'workspace');
  const outside = path.join(root, 'outside');
  const markerFile = path.join(root, 'front-matter-code-ran.txt');
  const copy = (from: string, to: string): void => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    const text = fs
      .readFileSync(from)
      .toString('latin1')
      .replaceAll('{{CANARY}}', canary.origin)
      .replaceAll('{{CANARY_PORT}}', String(canary.port))
      .replaceAll('{{MARKER_FILE}}', markerFile);
    fs.writeFileSync(to, Buffer.from(text, 'latin1'));
  };
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  for (const part of ['workspace', 'outside']) {
    for (const file of walk(path.join(HOSTILE_DIR, part))) {
      const relative = path.relative(path.join(HOSTILE_DIR, part), file);
      if (part === 'workspace' && only && !only.includes(relative.split(path.sep).join('/'))) continue;
      copy(file, path.join(root, part, relative));
    }
  }
  fs.mkdirSync(path.join(workspace, 'images'), { recursive: true });
  fs.writeFileSync(
    path.join(workspace, 'images/ok.png'),
    makePng(INSIDE_IMAGE.width, INSIDE_IMAGE.height, [30, 120, 200]),
  );
  fs.writeFileSync(
    path.join(outside, 'secret.png'),
    makePng(OUTSIDE_IMAGE.width, OUTSIDE_IMAGE.height, [200, 30, 30]),
  );
  fs.symlinkSync(path.join(outside, 'secret.png'), path.join(workspace, 'images/leak.png'));
  fs.symlinkSync(outside, path.join(workspace, 'images/outside-dir'));
  if (!only || only.includes('link-outside.md'))
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(workspace, 'link-outside.md'));
  return { root, workspace, outside, markerFile };
}

/** Width × height of every image XObject in a PDF. */
export async function imageSizes(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
  const sizes: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const width = dict.get(PDFName.of('Width'));
    const height = dict.get(PDFName.of('Height'));
    if (width instanceof PDFNumber && height instanceof PDFNumber)
      sizes.push(`${width.asNumber()}x${height.asNumber()}`);
  }
  return sizes.sort();
}

/** Every file below a folder, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Process ids of the Chromium browsers this process started (its direct children). */
export function chromiumChildren(): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, comm]) => ppid === String(process.pid) && /chrom/i.test(comm ?? ''))
    .map(([pid]) => Number(pid));
}

/** Letters and digits only: line breaks, hyphenation and spacing do not matter. */
export function squash(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}
