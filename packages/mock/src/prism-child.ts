// The script Prism's child process runs (`node -e`) before Prism's own CLI, which it then loads with the
// same argv ([node, prismBin, ...args]). Plain JavaScript in a string: it runs in the child as it is, from
// src/ under the tests and from dist/ once installed. It does three things Prism does not:
// - exits when its parent is gone, however the parent died (even SIGKILL): its stdin, a pipe from the
//   parent, then closes;
// - reports the port it really listens on (`--port 0` works) as `[civis-mock] listening <port>`;
// - answers a request whose path is not valid percent-encoding with the spec's 422 error body: Prism
//   decodes path parameters unguarded (uri-template-lite), so `GET /permission_sets/%ZZ` (or `%C0%AF`,
//   `%ED%A0%80`) throws a URIError that kills the process. (Its query parsing is lenient.)
export const PRISM_CHILD = `
process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();
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
const malformed = (url) => {
  try {
    decodeURIComponent(url.split('?')[0]);
    return false;
  } catch {
    return true;
  }
};
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request' && malformed(request.url || '/')) {
    const body = JSON.stringify({
      error: 'invalid',
      errorDescription: 'The path is not valid percent-encoding.',
      code: 422,
    });
    response.writeHead(422, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
    return true;
  }
  return emit.apply(this, arguments);
};
require(process.argv[1]);
`;
