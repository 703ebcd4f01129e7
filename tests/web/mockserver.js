#!/usr/bin/env node
// A stand-in for the laptop's participation server (app/network, issue 13) so the page can be
// tested in a browser before the real one lands: the same routes, statuses, headers and JSON
// as the server's brief, from memory, in one process. It is NOT the server: no limits beyond
// what the page's tests need. It prints its test controls, the participant URL and the join
// code on stdout, as realserver.cpp does, then serves until killed.
//   node mockserver.js [--port N] [--hold SECONDS]
// Test controls live under /__mock/ (no token): the tests open and close rounds, read what was
// stored, and make the server lose an answer.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const port = Number(option('--port', '0'));
const holdMs = Number(option('--hold', '25')) * 1000;

const webDir = path.join(__dirname, '..', '..', 'resources', 'web');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
                '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const assets = new Map(); // name → {type, bytes}: the page's fixed set, nothing from the disk after start
for (const name of ['index.html', 'join.html', 'app.js', 'app.css', 'strings/en.json', 'strings/fr.json',
                    'strings/es.json', 'strings/pt.json'])
  assets.set(name, { type: types[path.extname(name)], bytes: fs.readFileSync(path.join(webDir, name)) });

const token = crypto.randomBytes(16).toString('base64url');
const joinCode = Array.from(crypto.randomBytes(6), (b) => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[b % 31]).join('');

// The room: what phones may read, and what they stored.
const room = { title: 'Cabildo test event', round: null, votingClosed: false, moderated: false, phase: 'capture' };
const notes = []; // {id, device, text, name, organisation, country, sector, showName, status}
const ballots = new Map(); // round id + device → theme ids
const joinTries = new Map(); // device → [times]
let version = Date.now(); // as the server's: from the wall clock, so a restart never goes back
let waiters = []; // held long polls: {device, respond}
let dropNextNoteAnswer = false;
let blocked = false; // every device refused, as a device the facilitator blocked

function changed() {
  ++version;
  const held = waiters;
  waiters = [];
  for (const waiter of held) waiter.respond();
}

function headers(extra) {
  return Object.assign({
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                               "connect-src 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }, extra);
}
function send(res, status, body, extra) {
  res.writeHead(status, headers(extra));
  res.end(body);
}
function sendJson(res, status, value) {
  send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
}

function cookieDevice(req) {
  const match = /(?:^|;\s*)cabildo_device=([0-9a-f]{32})/.exec(req.headers.cookie || '');
  return match ? match[1] : null;
}
function servePage(req, res, name) {
  const extra = { 'Content-Type': assets.get(name).type };
  if (!cookieDevice(req))
    extra['Set-Cookie'] = `cabildo_device=${crypto.randomBytes(16).toString('hex')}; HttpOnly; SameSite=Strict; Path=/; Max-Age=604800`;
  send(res, 200, assets.get(name).bytes, extra);
}

function stateFor(device) {
  const round = room.round;
  return {
    v: version,
    event: { title: room.title },
    round: round && { id: round.id, name: round.name, votesPerPerson: round.votesPerPerson,
                      capPerTheme: round.capPerTheme, themes: round.themes },
    votingClosed: room.votingClosed,
    phase: room.phase,
    ballot: (round && ballots.get(round.id + device)) || [],
    notes: notes.filter((n) => n.device === device).map((n) => ({ id: n.id, text: n.text, status: n.status })),
  };
}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
function parseJson(bytes) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // invalid UTF-8 throws
  const value = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return value;
}

async function api(req, res, route, device) {
  if (route === 'api/state') {
    if (req.method !== 'GET') return send(res, 405, '', { Allow: 'GET' });
    if (!device) return sendJson(res, 401, { error: 'no device' });
    const v = Number(new URL(req.url, 'http://x').searchParams.get('v') || 0);
    const respond = () => sendJson(res, 200, stateFor(device));
    if (v < version) return respond();
    const waiter = { respond };
    waiters.push(waiter);
    const timer = setTimeout(() => {
      waiters = waiters.filter((w) => w !== waiter);
      respond();
    }, holdMs);
    res.on('close', () => {
      clearTimeout(timer);
      waiters = waiters.filter((w) => w !== waiter);
    });
    waiter.respond = () => {
      clearTimeout(timer);
      respond();
    };
    return;
  }
  if (route !== 'api/notes' && route !== 'api/ballot') return send(res, 404, '');
  if (req.method !== 'POST') return send(res, 405, '', { Allow: 'POST' });
  if (!/^application\/json\b/.test(req.headers['content-type'] || '')) return sendJson(res, 415, { error: 'json only' });
  if (!device) return sendJson(res, 401, { error: 'no device' });
  let body;
  try {
    body = parseJson(await readBody(req, 16 * 1024));
  } catch (e) {
    return sendJson(res, e.status || 400, { error: e.message });
  }

  if (blocked) return sendJson(res, 403, { error: 'blocked' });
  if (route === 'api/notes') {
    if (typeof body.id !== 'string' || !/^[0-9a-f]{32}$/.test(body.id) || typeof body.text !== 'string' || !body.text.trim())
      return sendJson(res, 400, { error: 'id and text needed' });
    if (body.text.length > 2000 || body.text.split('\n').length > 50) return sendJson(res, 422, { error: 'too long' });
    const known = notes.find((n) => n.id === body.id);
    if (known) return sendJson(res, 200, { status: known.status }); // stored once: a retry is not a second note
    const note = { id: body.id, device, text: body.text, name: String(body.name || ''),
                   organisation: String(body.organisation || ''), country: String(body.country || ''),
                   sector: String(body.sector || ''), showName: body.showName === true,
                   status: room.moderated ? 'waiting' : 'on_board' };
    notes.push(note);
    changed();
    if (dropNextNoteAnswer) { // stored, but the phone never hears it: it must retry, and be told 200
      dropNextNoteAnswer = false;
      return res.socket.destroy();
    }
    return sendJson(res, 201, { status: note.status });
  }

  const round = room.round;
  if (!round || body.round !== round.id) return sendJson(res, 409, { error: 'no such open round' });
  const themes = Array.isArray(body.themes) ? body.themes : null;
  if (!themes || themes.length > 100 || themes.some((id) => !round.themes.some((t) => t.id === id)))
    return sendJson(res, 400, { error: 'unknown themes' });
  if (new Set(themes).size > round.votesPerPerson) return sendJson(res, 409, { error: 'too many votes' });
  const key = round.id + device;
  const replaced = ballots.has(key);
  ballots.set(key, [...new Set(themes)].sort());
  changed();
  return sendJson(res, replaced ? 200 : 201, {});
}

async function mock(req, res, route) {
  let body = {};
  if (req.method === 'POST') {
    const bytes = await readBody(req, 1 << 20);
    body = bytes.length ? JSON.parse(bytes.toString('utf8')) : {};
  }
  switch (route) {
  case 'notes':
    return sendJson(res, 200, notes);
  case 'ballots':
    return sendJson(res, 200, [...ballots.entries()].map(([key, themes]) => ({ key, themes })));
  case 'round': // {name, votesPerPerson, capPerTheme, themes: [{title, machineTitles}]}
    room.round = { id: crypto.randomUUID(), name: body.name || 'Round', votesPerPerson: body.votesPerPerson || 3,
                   capPerTheme: body.capPerTheme || 0,
                   themes: (body.themes || []).map((t) => ({ id: crypto.randomUUID(), title: t.title,
                                                             machineTitles: t.machineTitles || {} })) };
    room.votingClosed = false;
    changed();
    return sendJson(res, 200, room.round);
  case 'close':
    room.round = null;
    room.votingClosed = true;
    changed();
    return sendJson(res, 200, {});
  case 'phase': // issue 14's phase only: the timer and the wall are the real server's (realserver.cpp)
    room.phase = String(body.phase || 'capture');
    changed();
    return sendJson(res, 200, {});
  case 'title':
    room.title = String(body.title || '');
    changed();
    return sendJson(res, 200, {});
  case 'approve':
    for (const note of notes) if (note.status === 'waiting') note.status = 'on_board';
    changed();
    return sendJson(res, 200, {});
  case 'moderate':
    room.moderated = !!body.moderated;
    return sendJson(res, 200, {});
  case 'block':
    blocked = !!body.blocked;
    return sendJson(res, 200, {});
  case 'drop-next-note-answer':
    dropNextNoteAnswer = true;
    return sendJson(res, 200, {});
  default:
    return send(res, 404, '');
  }
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://x');
  const pathname = url.pathname;
  const device = cookieDevice(req);
  if (pathname.startsWith('/__mock/')) return mock(req, res, pathname.slice('/__mock/'.length));
  if (pathname === '/' || pathname === '/join') {
    if (req.method === 'GET') return servePage(req, res, 'join.html');
    if (req.method !== 'POST' || pathname !== '/join') return send(res, 405, '', { Allow: 'GET' });
    const who = device || req.socket.remoteAddress;
    const recent = (joinTries.get(who) || []).filter((time) => Date.now() - time < 60000);
    recent.push(Date.now());
    joinTries.set(who, recent);
    if (recent.length > 5) return sendJson(res, 429, { error: 'too many tries' });
    const bytes = await readBody(req, 1024);
    let code = '';
    try {
      code = /json/.test(req.headers['content-type'] || '') ? String(parseJson(bytes).code || '')
                                                             : new URLSearchParams(bytes.toString('utf8')).get('code') || '';
    } catch (e) {
      return sendJson(res, 400, { error: 'malformed' });
    }
    // As the server: case, spaces and dashes do not matter.
    if (code.replace(/[\s-]/g, '').toUpperCase() !== joinCode) return sendJson(res, 403, { error: 'wrong code' });
    return send(res, 303, '', { Location: `/e/${token}/` });
  }
  // The page's files other than index.html, at the root too, so the join page has its style,
  // script and texts (a proposal to the server: they hold nothing secret).
  const rootAsset = pathname.slice(1);
  if (rootAsset !== 'index.html' && assets.has(rootAsset)) {
    if (req.method !== 'GET') return send(res, 405, '', { Allow: 'GET' });
    return send(res, 200, assets.get(rootAsset).bytes, { 'Content-Type': assets.get(rootAsset).type });
  }
  const match = /^\/e\/([^/]+)\/(.*)$/.exec(pathname);
  if (!match || match[1] !== token) return send(res, 404, '');
  const rest = match[2];
  if (rest.startsWith('api/')) return api(req, res, rest, device);
  const name = rest === '' ? 'index.html' : rest;
  if (!assets.has(name)) return send(res, 404, '');
  if (req.method !== 'GET') return send(res, 405, '', { Allow: 'GET' });
  if (name === 'index.html') return servePage(req, res, name);
  return send(res, 200, assets.get(name).bytes, { 'Content-Type': assets.get(name).type });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    if (!res.headersSent) sendJson(res, 500, { error: String(error) });
  });
});
server.listen(port, '127.0.0.1', () => {
  const actual = server.address().port;
  // One write, the controls first: the test has them by the time it sees the URL and the code.
  console.log([`Controls: http://127.0.0.1:${actual}/__mock/`,
               'Control routes: notes ballots round close title moderate approve block phase drop-next-note-answer',
               `Participant URL: http://127.0.0.1:${actual}/e/${token}/`,
               `Join code: ${joinCode}`].join('\n'));
});
process.on('SIGTERM', () => process.exit(0));
