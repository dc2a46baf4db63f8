// The script Prism's child process runs (`node -e`) before Prism's own CLI, which it then loads with the
// same argv ([node, prismBin, ...args]). Plain JavaScript in a string: it runs in the child as it is, from
// src/ under the tests and from dist/ once installed. It does three things Prism does not:
// - exits when its parent is gone, however the parent died (even SIGKILL): its stdin, a pipe from the
//   parent, then closes;
// - reports the port it really listens on (`--port 0` works) as `[civis-mock] listening <port>`;
// - answers a request whose path is not valid percent-encoding with the spec's 422 error body: Prism
//   decodes path parameters unguarded (uri-template-lite), so `GET /permission_sets/%ZZ` (or `%C0%AF`,
//   `%ED%A0%80`) throws a URIError that kills the process. (Its query parsing is lenient.)
// - loads faker (a quarter of Prism's start-up CPU, all its locales) only when something uses it: Prism's
//   proxy never does, and its mock mode only for dynamic examples;
// - answers a body declared longer than CIVIS_MOCK_MAX_BODY_BYTES with 413 and the error body, unread
//   (Prism itself reads up to 10 MB of any body before it checks anything).
export const PRISM_CHILD = `
process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request !== '@faker-js/faker') return load.apply(this, arguments);
  let real;
  const module = () => (real ??= load.call(Module, request, parent, isMain));
  // Prism hands \`faker.default\` to json-schema-faker at load time, which keeps it until it generates:
  // each export is itself a stand-in that loads faker on first use.
  const lazy = (target) =>
    new Proxy({}, {
      get: (_, key) => target()[key],
      has: (_, key) => key in target(),
      ownKeys: () => Reflect.ownKeys(target()),
      getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(target(), key), configurable: true }),
      getPrototypeOf: () => Reflect.getPrototypeOf(target()),
    });
  return new Proxy({}, {
    get: (_, key) => (key === '__esModule' ? true : lazy(() => module()[key])),
    has: (_, key) => key in module(),
  });
};
const http = require('node:http');
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  this.once('listening', () => {
    const address = this.address();
    if (address && typeof address === 'object') process.stdout.write('\\n[civis-mock] listening ' + address.port + '\\n');
  });
  return listen.apply(this, args);
};
// What would kill Prism, or have micri answer in its own format, is answered here with the error body.
const { MIMEType } = require('node:util');
const badPath = (url) => {
  try {
    decodeURIComponent(url.split('?')[0]);
    return false;
  } catch {
    return true;
  }
};
const badMediaType = (value) => {
  if (value === undefined) return false;
  try {
    new MIMEType(value);
    return false;
  } catch {
    return true;
  }
};
const maxBody = Number(process.env.CIVIS_MOCK_MAX_BODY_BYTES || Infinity);
const refuse = (request, response, code, error, errorDescription) => {
  const body = JSON.stringify({ error, errorDescription, code });
  const writeHead = response.writeHead.bind(response);
  const end = response.end.bind(response);
  // Prism goes on with a request it was handed: whatever it answers later goes nowhere.
  for (const method of ['writeHead', 'setHeader', 'write', 'end']) response[method] = () => response;
  const answer = () => {
    writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    end(body);
  };
  // The rest of an unread body is discarded first: a client that asked to close the connection would
  // otherwise see a broken pipe, not the answer.
  if (request.complete) return answer();
  request.on('end', answer).on('error', () => {});
  request.resume();
};
/** The first thing wrong with a request, as [status, error, description], or undefined. */
const problem = (request) => {
  if (badPath(request.url || '/')) return [422, 'invalid', 'The path is not valid percent-encoding.'];
  if (badMediaType(request.headers['content-type']))
    return [422, 'invalid', 'The Content-Type header is not a media type.'];
  if (Number(request.headers['content-length']) > maxBody)
    return [413, 'payload_too_large', 'The body is larger than ' + maxBody + ' bytes.'];
  return undefined;
};
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  if (event !== 'request') return emit.apply(this, arguments);
  const found = problem(request);
  if (found) {
    refuse(request, response, ...found);
    return true;
  }
  // A JSON body that does not parse: micri would answer 400 in a format of its own. Its chunks are copied
  // as the HTTP parser pushes them (the stream's flow is left to Prism, which buffers it up to 10 MB), and
  // checked when it ends, before Prism reads the end.
  if (/json/i.test(request.headers['content-type'] || '')) {
    const chunks = [];
    let size = 0;
    const push = request.push;
    request.push = function (chunk) {
      if (chunk === null) {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          if (size <= maxBody && text.trim() !== '') JSON.parse(text);
        } catch {
          refuse(request, response, 422, 'invalid', 'The body is not valid JSON.');
        }
      } else if (chunk && (size += chunk.length) <= maxBody) {
        chunks.push(Buffer.from(chunk));
      }
      return push.apply(this, arguments);
    };
  }
  return emit.apply(this, arguments);
};
require(process.argv[1]);
`;
