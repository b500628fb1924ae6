// The demo server: dist/site at /, dist/widget at /widget/. Used by npm start and by browser tests,
// so tests see exactly what a user gets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function startDemoServer(options: { port?: number; host?: string; root?: string; extra?: Handler } = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist');
  const site = sirv(`${root}/site`, { dev: true });
  const widget = existsSync(`${root}/widget`) ? sirv(`${root}/widget`, { dev: true }) : undefined;
  const server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
    };
    const serveStatic = () => {
      if (widget && req.url?.startsWith('/widget/')) {
        req.url = req.url.slice('/widget'.length);
        widget(req, res, notFound);
      } else site(req, res, notFound);
    };
    if (options.extra) options.extra(req, res, serveStatic);
    else serveStatic();
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://${host}:${port}/`,
        server,
        close: () => new Promise<void>((ok) => server.close(() => ok())),
      });
    });
  });
}
