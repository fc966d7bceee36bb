// A local server for one built app: its files, and POST /submit, which records what a real server
// would receive (every field name with all its values) and answers with a plain page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/**
 * @param {string} root the built app's folder
 * @returns {Promise<{ url: string, received: Record<string, string[]>[], close: () => Promise<void> }>}
 */
export async function serveApp(root) {
  const received = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && path === '/submit') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const fields = {};
      for (const [name, value] of new URLSearchParams(body)) (fields[name] ??= []).push(value);
      received.push(fields);
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end('<!doctype html><title>Received</title><h1>Application received</h1>');
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(content);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    // The browser keeps its sockets open for the next page: close them too, or `close` waits
    // for Chromium to drop them (minutes per app).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
