import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkRemoteUrl,
  fetchRemoteImage,
  isForbiddenAddress,
  resolvePublicAddress,
} from '../../src/browser/remote-policy.js';

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    '::127.0.0.1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '140.82.112.3', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    'allows %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe('resolvePublicAddress', () => {
  const lookup = async (host: string): Promise<string[]> =>
    ({
      'public.example': ['93.184.216.34'],
      'mixed.example': ['93.184.216.34', '10.0.0.5'],
      'metadata.example': ['169.254.169.254'],
      'empty.example': [],
    })[host] ?? Promise.reject(new Error('ENOTFOUND'));

  it('refuses names and literals that are (or resolve to) private, loopback or link-local addresses', async () => {
    for (const url of [
      'http://localhost:8080/',
      'http://a.localhost/',
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://metadata.example/',
      'http://mixed.example/',
    ]) {
      expect(await checkRemoteUrl(new URL(url), lookup), url).toMatch(/never loaded/);
    }
  });

  it('names the address a host resolves to', async () => {
    expect(await checkRemoteUrl(new URL('http://mixed.example/'), lookup)).toBe(
      'mixed.example resolves to 10.0.0.5, which is a private, loopback or link-local address, never loaded',
    );
  });

  it('refuses hosts that do not resolve, and returns the checked address of a public one', async () => {
    expect(await checkRemoteUrl(new URL('http://nowhere.example/'), lookup)).toMatch(/could not be resolved/);
    expect(await checkRemoteUrl(new URL('http://empty.example/'), lookup)).toMatch(/could not be resolved/);
    expect(await resolvePublicAddress(new URL('https://public.example/a.png'), lookup)).toEqual({
      address: '93.184.216.34',
    });
  });
});

describe('fetchRemoteImage', () => {
  // In this test 127.0.0.1 plays "the public internet" and every other address is private.
  const isForbidden = (address: string) => address !== '127.0.0.1';
  const requests: string[] = [];
  let server: http.Server;
  let port: number;
  const lookups: string[] = [];
  const lookup = async (host: string): Promise<string[]> => {
    lookups.push(host);
    if (host === 'images.test') return ['127.0.0.1'];
    if (host === 'metadata.test') return ['169.254.169.254'];
    if (host === 'rebind.test')
      return lookups.filter((h) => h === host).length === 1 ? ['127.0.0.1'] : ['10.0.0.1'];
    throw new Error('ENOTFOUND');
  };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests.push(request.url!);
      const send = (status: number, headers: http.OutgoingHttpHeaders, body = '') => {
        response.writeHead(status, headers);
        response.end(body);
      };
      if (request.url === '/ok.png') return send(200, { 'content-type': 'image/png' }, 'PNGDATA');
      if (request.url === '/page') return send(200, { 'content-type': 'text/html' }, '<h1>secret</h1>');
      if (request.url === '/missing.png') return send(404, { 'content-type': 'image/png' });
      if (request.url === '/big.png') return send(200, { 'content-type': 'image/png' }, 'x'.repeat(5000));
      if (request.url === '/to-metadata')
        return send(302, { location: 'http://metadata.test/latest/meta-data/' });
      if (request.url === '/to-private-ip') return send(301, { location: 'http://10.0.0.1/' });
      if (request.url === '/to-file') return send(302, { location: 'file:///etc/passwd' });
      if (request.url === '/to-ok') return send(307, { location: '/ok.png' });
      if (request.url === '/loop') return send(302, { location: '/loop' });
      send(500, {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchFrom = (path: string, host = 'images.test') =>
    fetchRemoteImage(new URL(`http://${host}:${port}${path}`), { lookup, isForbidden, maxBytes: 1000 });

  it('fetches an image from an allowed address, following redirects it checks again', async () => {
    expect(await fetchFrom('/ok.png')).toEqual({ contentType: 'image/png', body: Buffer.from('PNGDATA') });
    expect(await fetchFrom('/to-ok')).toEqual({ contentType: 'image/png', body: Buffer.from('PNGDATA') });
  });

  it('refuses a redirect to a private address before connecting to it', async () => {
    expect(await fetchFrom('/to-metadata')).toEqual({
      reason:
        'it redirects to http://metadata.test/latest/meta-data/: metadata.test resolves to 169.254.169.254, which is a private, loopback or link-local address, never loaded',
    });
    expect(await fetchFrom('/to-private-ip')).toEqual({
      reason:
        'it redirects to http://10.0.0.1/: 10.0.0.1 is a private, loopback or link-local address, never loaded',
    });
    expect(await fetchFrom('/to-file')).toEqual({ reason: 'it redirects to a file: URL' });
    expect(await fetchFrom('/loop')).toEqual({ reason: 'it redirects more than 5 times' });
  });

  it('connects to the address it checked: a host that resolves differently the second time gains nothing', async () => {
    lookups.length = 0;
    expect(await fetchFrom('/ok.png', 'rebind.test')).toEqual({
      contentType: 'image/png',
      body: Buffer.from('PNGDATA'),
    });
    // Resolved once, by us; the connection did not ask DNS again (it would have got 10.0.0.1).
    expect(lookups).toEqual(['rebind.test']);
  });

  it('refuses what is not an image, an error status, and an image over the size limit', async () => {
    expect(await fetchFrom('/page')).toEqual({ reason: 'the server sent text/html, not an image' });
    expect(await fetchFrom('/missing.png')).toEqual({ reason: 'the server answered 404' });
    expect(await fetchFrom('/big.png')).toEqual({ reason: 'the image is larger than 0 MB' });
  });

  it('never connects to a refused address', async () => {
    const before = requests.length;
    expect(await fetchRemoteImage(new URL(`http://127.0.0.1:${port}/ok.png`))).toEqual({
      reason: '127.0.0.1 is a private, loopback or link-local address, never loaded',
    });
    expect(await fetchRemoteImage(new URL(`http://localhost:${port}/ok.png`))).toEqual({
      reason: 'loopback addresses are never loaded',
    });
    expect(requests.length).toBe(before);
  });
});
