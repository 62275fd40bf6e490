/**
 * The editor's safety over HTTP: the built app without EDITOR=1 has no
 * editor at all; the editor (scripts/editor.mjs, on a copy of the data)
 * refuses foreign Host headers, cross-origin writes, and ids that try to
 * leave the data directory, and writes nothing then.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const PORT = Number(process.env.EDITOR_HTTP_PORT ?? 3533);
let dir: string;
let editor: ChildProcess;

/** A raw request: fetch() may not set Host. */
function request(
  port: number,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = { host: `127.0.0.1:${PORT}` };
const json = { ...own, 'content-type': 'application/json', origin: `http://127.0.0.1:${PORT}` };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-http-'));
  fs.cpSync('data', dir, { recursive: true });
  editor = spawn(process.execPath, ['scripts/editor.mjs', '--built', '--port', String(PORT)], {
    env: { ...process.env, DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  editor.stdout!.on('data', (c) => (log += c));
  editor.stderr!.on('data', (c) => (log += c));
  const deadline = Date.now() + 45_000;
  while (!log.includes('editor: ready')) {
    if (Date.now() > deadline || editor.exitCode !== null) throw new Error(`the editor did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  if (editor?.exitCode === null) {
    const exited = new Promise((r) => editor.once('exit', r));
    editor.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the app without EDITOR=1', () => {
  it('has no editor page and no editor routes', async () => {
    const base = inject('baseUrl');
    expect((await fetch(`${base}/editor`)).status).toBe(404);
    expect((await fetch(`${base}/api/editor/state`)).status).toBe(404);
    const write = await fetch(`${base}/api/editor/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(404);
  });
});

describe('the editor', () => {
  it('answers its own loopback Host', async () => {
    expect((await request(PORT, 'GET', '/api/editor/state', own)).status).toBe(200);
    expect((await request(PORT, 'GET', '/api/editor/state', { host: `localhost:${PORT}` })).status).toBe(200);
    expect((await request(PORT, 'GET', '/editor', own)).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding), on its routes and its pages', async () => {
    for (const host of ['evil.example', `evil.example:${PORT}`, '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const r = await request(PORT, 'GET', '/api/editor/state', { host });
      expect(r.status, host).toBe(403);
      expect(JSON.parse(r.body).error).toMatch(/loopback/);
      expect((await request(PORT, 'GET', '/editor', { host })).status, host).toBe(403);
    }
  });

  it('refuses cross-origin writes and writes that are not JSON, and writes nothing', async () => {
    const body = JSON.stringify({ action: 'retract', id: 'sf-immigration-court-2025-07-08', reason: 'test' });
    for (const headers of [
      { ...json, origin: 'http://evil.example' },
      { ...json, origin: `http://localhost:${PORT + 1}` },
      { ...json, origin: 'null' },
      { ...own, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    ]) {
      const r = await request(PORT, 'POST', '/api/editor/ids', headers, body);
      expect(r.status, JSON.stringify(headers)).toBe(403);
    }
    expect(
      (await request(PORT, 'POST', '/api/editor/ids', { ...own, 'content-type': 'text/plain' }, body)).status,
    ).toBe(415);
    expect(fs.existsSync(path.join(dir, 'incidents', 'sf-immigration-court-2025-07-08.json'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'retracted.json'), 'utf8')).toBe('[]\n');
  });

  it('refuses traversal in ids before any path is built', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..', '%2e%2e', 'a%5Cb', 'A-B', 'x.json']) {
      const r = await request(PORT, 'GET', `/api/editor/incidents/${id}`, own);
      // A bare ".." is resolved by the URL parser before any route (308 to the parent); the rest never reach a file.
      expect([308, 400, 404], id).toContain(r.status);
      expect(r.body, id).not.toContain('root:');
    }
    const write = await request(
      PORT,
      'POST',
      '/api/editor/sources',
      json,
      JSON.stringify({ id: '../../escape', meta: {}, text: 'x' }),
    );
    expect(write.status).toBe(400);
    const incident = await request(
      PORT,
      'POST',
      '/api/editor/incidents',
      json,
      JSON.stringify({ id: '../x', json: { id: '../x' } }),
    );
    expect(incident.status).toBe(400);
    expect(fs.existsSync(path.join(dir, '..', 'escape.json'))).toBe(false);
  });

  it('refuses binary text and scripts in fields with a message', async () => {
    const binary = await request(
      PORT,
      'POST',
      '/api/editor/extract',
      json,
      JSON.stringify({ html: 'PK\u0003\u0004\u0000' }),
    );
    expect(binary.status).toBe(422);
    expect(JSON.parse(binary.body).error).toMatch(/not text/);
    const incident = JSON.parse(
      fs.readFileSync(path.join(dir, 'incidents', 'sf-immigration-court-2025-07-08.json'), 'utf8'),
    );
    incident.properties.notes.push('<script>alert(1)</script>');
    const r = await request(
      PORT,
      'POST',
      '/api/editor/incidents',
      json,
      JSON.stringify({ id: incident.id, json: incident, wordingOnly: true }),
    );
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).problems).toContainEqual(
      expect.objectContaining({
        field: `properties.notes.${incident.properties.notes.length - 1}`,
        message: expect.stringMatching(/script/),
      }),
    );
  });
});
