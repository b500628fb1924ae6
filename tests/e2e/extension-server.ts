// Fixture pages at realistic addresses (TOOLCHAIN.md): one local port speaks plain HTTP and TLS
// (self-signed certificate made with openssl at start), picks the page by Host header and path from
// tests/fixtures/pages/<host>/, and acts as an HTTP proxy (CONNECT) for Firefox. Every request that
// reaches it is logged: since every host name resolves here, the log is the network record of the
// whole run. Chromium: --host-resolver-rules="MAP * 127.0.0.1:PORT"; Firefox: proxy prefs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  /** 'fixture' when a fixture file answered it. */
  served: 'fixture' | 'generated' | 'missing' | 'tunnel';
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  userAgent?: string;
}

export interface FixtureServer {
  port: number;
  log: LoggedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Pages made on request (too big to keep as files): an ordinary, very large page. */
const GENERATED: Record<string, () => string> = {
  'www.bigarchive.org/large': () => largePage(40_000),
  'www.bigarchive.org/medium': () => largePage(5_000),
};

export function largePage(paragraphs: number): string {
  const words = ['The', 'archive', 'keeps', 'letters', 'maps', 'and', 'photographs', 'from', 'the', 'town', 'library', 'which', 'opened', 'in', 'spring', 'with', 'a', 'small', 'garden', 'reading', 'room'];
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town archive: letters and maps</title></head><body><h1>Town archive</h1>'];
  for (let i = 0; i < paragraphs; i++) {
    const sentence = Array.from({ length: 18 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
    parts.push(`<p>Item ${i + 1}. ${sentence}.</p>`);
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'scam-tips-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=scam-tips fixtures'], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function fixtureFile(host: string, path: string): string | undefined {
  const base = join(FIXTURES_DIR, host);
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(base, clean), join(base, `${clean}.html`), join(base, clean, 'index.html')]) {
    if (!candidate.startsWith(base)) continue;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const log: LoggedRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // A proxied request carries the whole address; a direct one only the path.
    const target = new URL(req.url ?? '/', req.url?.startsWith('http') ? undefined : `http://${req.headers.host ?? 'unknown'}`);
    const host = target.hostname;
    const path = target.pathname;
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      host,
      path,
      served: 'missing',
      ...(req.headers.origin ? { origin: String(req.headers.origin) } : {}),
      ...(req.headers.referer ? { referer: String(req.headers.referer) } : {}),
      ...(req.headers['sec-fetch-site'] ? { secFetchSite: String(req.headers['sec-fetch-site']) } : {}),
      ...(req.headers['user-agent'] ? { userAgent: String(req.headers['user-agent']) } : {}),
    };
    log.push(entry);
    const generated = GENERATED[`${host}${path}`];
    if (generated) {
      entry.served = 'generated';
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(generated());
      return;
    }
    const file = fixtureFile(host, path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    entry.served = 'fixture';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };

  const { key, cert } = makeCertificate();
  const https = createHttpsServer({ key, cert }, handle);
  const http = createHttpServer(handle);
  // Firefox reaches https pages through the proxy: CONNECT, then TLS to us.
  // TLS reads straight from a socket's handle, so bytes already read cannot be handed back: TLS
  // connections are piped to the HTTPS server on a second, internal port instead.
  await new Promise<void>((ok) => https.listen(0, '127.0.0.1', ok));
  const tlsPort = (https.address() as AddressInfo).port;
  const pipeToTls = (socket: Socket, first: Buffer) => {
    const inner = connect(tlsPort, '127.0.0.1', () => {
      if (first.length) inner.write(first);
      socket.pipe(inner).pipe(socket);
    });
    inner.on('error', () => socket.destroy());
    socket.on('error', () => inner.destroy());
    socket.on('close', () => inner.destroy());
  };
  http.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const [host = ''] = (req.url ?? '').split(':');
    log.push({ method: 'CONNECT', host, path: '', served: 'tunnel' });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    pipeToTls(socket, head);
  });
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      // A TLS handshake starts with 0x16; anything else is plain HTTP.
      if (first[0] === 0x16) return pipeToTls(socket, first);
      socket.pause();
      socket.unshift(first);
      http.emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
  const { port } = front.address() as AddressInfo;
  return {
    port,
    log,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        https.close();
        front.close(() => ok());
      }),
  };
}
