// Loaded into the real server process with `node --import` by the `recordings` benchmark: a raw
// HTTP echo (node:http, no framework, no hashing, no disk) on BENCH_ECHO_PORT, in the same
// process as the server, so the process's CPU per megabyte of a bare echo is the floor the
// server's chunk upload is measured against. Without BENCH_ECHO_PORT it does nothing.
import { createServer } from 'node:http';

const port = Number(process.env.BENCH_ECHO_PORT ?? 0);
if (port > 0) {
  const server = createServer((request, response) => {
    const parts = [];
    request.on('data', (part) => parts.push(part));
    request.on('end', () => {
      const body = Buffer.concat(parts);
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': body.length,
      });
      response.end(body);
    });
  });
  server.listen(port, '127.0.0.1');
  // The server's own shutdown (SIGINT) must not wait for this listener.
  server.unref();
}
