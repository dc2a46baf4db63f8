// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core, which downloads nothing): the
// smoke page is served from its own origin, so every call to the mock over HTTP is a real cross-origin
// request; with `api=in-page` the page runs the SDK against `createMock().fetch`, with no mock server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
};

/** The ESM entry point of an installed package or subpath (`@civis-ts/sdk/sync`), as a browser import map needs it. */
function esmEntry(project: string, specifier: string): string {
  const parts = specifier.split('/');
  const name = parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  const subpath = ['.', ...parts.slice(name.split('/').length)].join('/');
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
  let target: unknown = manifest.exports?.[subpath] ?? (subpath === '.' ? manifest.module : undefined);
  while (target && typeof target === 'object') {
    const conditions = target as Record<string, unknown>;
    target = conditions.browser ?? conditions.import ?? conditions.default;
  }
  if (typeof target !== 'string') throw new Error(`${name} has no ESM entry point`);
  return `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
}

/** Serves the project directory, with the page's import map filled in from what npm installed. */
async function serve(project: string, packages: string[]): Promise<{ server: Server; url: string }> {
  const imports = Object.fromEntries(packages.map((name) => [name, esmEntry(project, name)]));
  const page = readFileSync(join(project, 'index.html'), 'utf8').replace(
    '{ "imports": {} }',
    JSON.stringify({ imports }),
  );
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = path === '/index.html' ? page : readFileSync(join(project, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

/** Loads the page in a fresh profile and returns what the smoke script reported. */
export async function runInChromium(
  executable: string,
  project: string,
  packages: string[],
  apiUrl: string,
  uncorsUrl: string,
): Promise<Record<string, string>> {
  const { server, url } = await serve(project, packages);
  const profile = mkdtempSync(join(tmpdir(), 'civis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: FLAGS,
  });
  const problems: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${url}/index.html?api=${encodeURIComponent(apiUrl)}`);
    await page
      .waitForFunction(() => 'smokeResults' in window, undefined, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`the page reported nothing within 60 s:\n${problems.join('\n')}`);
      });
    const results = await page.evaluate(
      () => (window as { smokeResults?: Record<string, string> }).smokeResults,
    );
    // The page really is cross-origin: a server that sends no CORS headers cannot be read from it.
    const blocked = await page.evaluate(
      (target) =>
        fetch(target).then(
          (r) => `read status ${r.status}`,
          (error: Error) => error.name === 'TypeError',
        ),
      uncorsUrl,
    );
    return { ...results, 'cross-origin enforced': blocked === true ? 'ok' : String(blocked) };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
