/**
 * The reference of benchmark 1: a bare node:http server that sends one body
 * with fixed headers from memory. Its own process, like the app's, so it does
 * not share an event loop with the load generator. Usage: node bare.mjs FILE
 * (FILE: JSON {headers, body (base64)}); prints its port.
 */
import fs from 'node:fs';
import http from 'node:http';

const { headers, body: base64 } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const body = Buffer.from(base64, 'base64');
const server = http.createServer((_req, res) => {
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
