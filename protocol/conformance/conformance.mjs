// A Madang client written from protocol/README.md alone, in another
// language than the server, that checks a running server against the
// spec: sign-in, hello, join, move, chat, talk, confirm, memory/forget,
// resume, and the error codes and shapes on the way. Every check cites the
// section it comes from. Usage: node conformance.mjs http://127.0.0.1:PORT
// (the server's hello timeout should be short, e.g. 1 s, for §1.3).
// Exit status 0 when everything conforms; each failure is printed.

import WebSocket from 'ws';

const base = process.argv[2];
// The world's clock in Unix ms when it is fixed (a test server), else now:
// confirmations expire on the world's clock.
const worldNow = () => Number(process.argv[3]) || Date.now();
if (!base) {
  console.error('usage: node conformance.mjs BASE_URL [WORLD_NOW_MS]');
  process.exit(2);
}
const wsURL = base.replace(/^http/, 'ws') + '/ws';
let failures = 0;
let checks = 0;

function check(cond, what, got) {
  checks++;
  if (!cond) {
    failures++;
    console.log(`FAIL ${what}${got === undefined ? '' : ': ' + JSON.stringify(got)}`);
  }
  return cond;
}
const isStr = (v) => typeof v === 'string';
const isInt = (v) => Number.isInteger(v);
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);

// §1.1 sign in.
async function signIn(name) {
  const res = await fetch(base + '/api/guest', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }),
  });
  return { status: res.status, body: await res.json() };
}

// A connection: every envelope received, split on \n (§2), and waiting
// for one that matches.
class Conn {
  constructor(token, headers = {}) {
    this.msgs = [];
    this.waiters = [];
    this.closed = null;
    this.seq = 0;
    this.ws = new WebSocket(wsURL, { headers: { Authorization: 'Bearer ' + token, ...headers } });
    this.ws.on('message', (data, isBinary) => {
      check(!isBinary, '§2 server frames are text');
      for (const line of data.toString('utf8').split('\n')) {
        let env;
        try { env = JSON.parse(line); } catch { check(false, '§2 every envelope is JSON', line); continue; }
        check(isStr(env.type), '§2 envelope has a type', env);
        this.msgs.push(env);
      }
      this.wake();
    });
    this.ws.on('close', (code, reason) => { this.closed = { code, reason: reason.toString() }; this.wake(); });
    this.ws.on('error', () => {});
  }
  open() {
    return new Promise((resolve, reject) => {
      this.ws.once('open', resolve);
      this.ws.once('unexpected-response', (req, res) => reject(new Error('HTTP ' + res.statusCode)));
      this.ws.once('error', reject);
    });
  }
  wake() { for (const w of this.waiters.splice(0)) w(); }
  send(type, payload, id) {
    id = id ?? 'c' + (++this.seq);
    const env = { type, id };
    if (payload !== undefined) env.payload = payload;
    this.ws.send(JSON.stringify(env));
    return id;
  }
  raw(text) { this.ws.send(text); }
  // next waits for (and removes) the first envelope match accepts.
  async next(match, what, ms = 10000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = this.msgs.findIndex(match);
      if (i >= 0) return this.msgs.splice(i, 1)[0];
      if (this.closed || Date.now() > deadline) {
        check(false, what + ' (not received' + (this.closed ? '; closed ' + this.closed.code : '') + ')');
        return null;
      }
      await new Promise((r) => { this.waiters.push(r); setTimeout(r, 50); });
    }
  }
  reply(id, what, ms) { return this.next((e) => e.id === id && e.type !== 'tick', what, ms); }
  async request(type, payload, what, ms) { return this.reply(this.send(type, payload), what, ms); }
  async closedWith(what, ms = 10000) {
    const deadline = Date.now() + ms;
    while (!this.closed && Date.now() < deadline) await new Promise((r) => { this.waiters.push(r); setTimeout(r, 50); });
    check(this.closed, what + ' (still open)');
    return this.closed;
  }
}

function errorIs(env, code, what) {
  return check(env && env.type === 'error' && env.payload && env.payload.code === code && isStr(env.payload.message),
    `${what}: error ${code}`, env);
}

async function main() {
  // §1.1 and §3 text policy: a name that shows nothing is refused.
  const bad = await signIn('\u3164');
  check(bad.status === 400 && bad.body.error && bad.body.error.code === 'bad_name', '§1.1/§3 invisible name → 400 bad_name', bad);
  const me = await signIn('민수');
  check(me.status === 201, '§1.1 sign-in 201', me.status);
  const u = me.body;
  check(u.user && isStr(u.user.id) && u.user.name === '민수' && isStr(u.token) && u.token.startsWith('mdg_') && isInt(u.expires),
    '§1.1 sign-in shape {user {id, name}, token mdg_…, expires}', u);

  // §1.2 no token: refused before the upgrade.
  const noTok = new Conn('');
  await noTok.open().then(() => check(false, '§1.2 no token is refused'), (e) => check(/401/.test(e.message), '§1.2 no token → 401', e.message));

  // §1.3 hello timeout: a connection that never says hello is closed.
  const silent = new Conn(u.token);
  await silent.open();
  const sc = await silent.closedWith('§1.3 no hello: the server closes the connection', 15000);
  if (sc) check(sc.code === 1008 && sc.reason === 'hello_timeout', '§1.3 closed with 1008 hello_timeout', sc);
  const hb = silent.msgs.find((e) => e.type === 'bye');
  check(hb && hb.payload.reason === 'hello_timeout', '§1.3 bye hello_timeout before the close', hb);

  const c = new Conn(u.token);
  await c.open();
  // §4: everything but hello needs a hello; §6 error shapes.
  errorIs(await c.request('join', { room: 'lobby' }, '§4 join before hello'), 'bad_state', '§4 join before hello');
  c.raw('this is not json');
  errorIs(await c.next((e) => e.type === 'error' && e.payload.code === 'bad_frame', '§6 bad frame'), 'bad_frame', '§6 not JSON');
  errorIs(await c.request('teleport', {}, '§6 unknown type'), 'unknown_type', '§6 unknown type');
  errorIs(await c.request('hello', { versions: [99] }, '§6 no common version'), 'unsupported_version', '§6 hello with no common version');

  // §5 welcome.
  const w = await c.request('hello', { versions: [1, 2], client: 'conformance/1' }, '§4 hello → welcome');
  const wl = w && w.payload;
  check(w && w.type === 'welcome' && wl.version === 2 && wl.user.id === u.user.id && isStr(wl.resume) && isInt(wl.resume_s) &&
    isInt(wl.tick_hz) && isInt(wl.time) && Array.isArray(wl.rooms) && wl.resumed === false, '§5 welcome shape', wl);
  const L = wl.limits;
  check(L && L.max_frame === 16384 && L.chat_runes === 500 && isNum(L.move_rate) && isInt(L.move_burst) && isNum(L.chat_rate) &&
    isInt(L.chat_burst) && L.talk_runes === 1000 && L.talk_rate === 1 && L.talk_burst === 10 && isNum(L.other_rate) &&
    isInt(L.other_burst) && isNum(L.near_tiles) && isInt(L.view_tiles) && isNum(L.speed), '§3 welcome.limits has every limit, talk 1/s burst 10', L);
  for (const r of wl.rooms) {
    check(isStr(r.id) && isStr(r.kind) && isStr(r.name_ko) && isStr(r.name_en) && isInt(r.players), '§5 room shape', r);
    check(r.players === 0, '§5 rooms[].players counts people, not avatars (nobody is in yet)', r);
  }
  errorIs(await c.request('hello', { versions: [2] }, '§6 second hello'), 'bad_state', '§6 second hello');
  const pong = await c.request('ping', { ts: 42 }, '§4 ping');
  check(pong && pong.type === 'pong' && pong.payload.ts === 42 && isInt(pong.payload.time), '§5 pong echoes ts', pong);

  // §5 joined.
  errorIs(await c.request('join', { room: 'nowhere' }, '§6 no such room'), 'no_such_room', '§6 join an unknown room');
  const j = await c.request('join', { room: 'lobby' }, '§4 join → joined');
  const jp = j && j.payload;
  check(j && j.type === 'joined' && jp.room.id === 'lobby' && isInt(jp.you) && isInt(jp.tick) && Array.isArray(jp.entities) &&
    Array.isArray(jp.members) && Array.isArray(jp.chat) && jp.resumed === false, '§5 joined shape', jp);
  check(jp.room.players === 1, '§5 joined.room.players is 1: me, not the avatars', jp.room);
  const map = jp.map;
  check(isInt(map.w) && isInt(map.h) && map.tiles.length === map.h && map.tiles.every((row) => row.length === map.w), '§5 map tiles are h strings of w', map);
  const assistant = jp.entities.concat().find((e) => e.kind === 'avatar' && e.role === 'assistant');
  check(assistant && isInt(assistant.id) && isStr(assistant.name) && isNum(assistant.x) && isNum(assistant.y), '§7 the assistant avatar is in view', jp.entities);
  const mine = jp.entities.find((e) => e.id === jp.you);
  check(mine && mine.kind === 'player' && mine.name === '민수', '§5 my own entity is in view', mine);

  // §4 move: walk one tile to a floor neighbour; a wall is unreachable.
  const walkable = '.+rc';
  const [mx, my] = [Math.round(mine.x), Math.round(mine.y)];
  let target = null;
  for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
    const x = mx + dx, y = my + dy;
    if (y >= 0 && y < map.h && x >= 0 && x < map.w && walkable.includes(map.tiles[y][x])) { target = { x, y }; break; }
  }
  if (check(target, '§5 a walkable tile next to me', { mx, my })) {
    c.send('move', { to: target, ts: 7 });
    const mv = await c.next((e) => e.type === 'tick' && (e.payload.mov || []).some((p) => p.id === jp.you), '§5 a tick moves me');
    const p = mv && mv.payload.mov.find((q) => q.id === jp.you);
    check(p && isNum(p.x) && isNum(p.y) && 'nesw'.includes(p.d) && isInt(mv.payload.t), '§5 pos shape', p);
  }
  let wall = null;
  for (let y = 0; y < map.h && !wall; y++) for (let x = 0; x < map.w && !wall; x++) if (map.tiles[y][x] === '#') wall = { x, y };
  errorIs(await c.request('move', { to: wall }, '§4 move into a wall'), 'unreachable', '§4 move into a wall');

  // §4 chat, §3 limits and text policy.
  const said = await c.request('chat', { text: '안녕하세요 👨‍👩‍👧' }, '§4 chat → said');
  check(said && said.type === 'said' && said.payload.text === '안녕하세요 👨‍👩‍👧' && said.payload.from === jp.you &&
    said.payload.name === '민수' && said.payload.scope === 'room' && isInt(said.payload.ts) && isStr(said.payload.id), '§5 said shape (ZWJ emoji relayed as sent)', said);
  errorIs(await c.request('chat', { text: 'abc\u202Edef' }, '§3 bidi override'), 'invalid_payload', '§3 chat with a bidi override');
  errorIs(await c.request('chat', { text: '가'.repeat(501) }, '§3 chat too long'), 'too_long', '§3 chat over 500 code points');

  // §7 talk → speech, card; confirm → the booking.
  const tid = c.send('talk', { avatar: assistant.id, text: '오늘 저녁 7시에 강남에서 4명 이탈리안 예약해줘' });
  const card = await c.next((e) => e.type === 'card' && e.payload.re === tid, '§7 talk → card', 20000);
  if (card) {
    const cp = card.payload;
    check(cp.avatar === assistant.id && isStr(cp.kind) && isStr(cp.title) && Array.isArray(cp.items) && cp.items.length > 0, '§5 card shape', cp);
    for (const it of cp.items) {
      check(isStr(it.id) && isStr(it.title), '§5 card item has id and title', it);
      for (const f of ['subtitle', 'price', 'reason', 'status']) check(!(f in it) || isStr(it[f]), `§5 card item ${f} is absent or a string`, it);
    }
  }
  const sp = await c.next((e) => e.type === 'speech' && e.payload.re === tid && e.payload.final, '§7 talk → final speech', 20000);
  check(sp && sp.payload.lang === 'ko' && isInt(sp.payload.seq) && sp.payload.avatar === assistant.id, '§5 speech shape, lang ko', sp);
  const pick = c.send('talk', { avatar: assistant.id, text: '1번' });
  const cr = await c.next((e) => e.type === 'confirm_request' && e.payload.re === pick, '§7 pick → confirm_request', 20000);
  if (cr) {
    const p = cr.payload;
    check(isStr(p.nonce) && p.action === 'booking_confirm' && isStr(p.summary) && Array.isArray(p.fields) && p.fields.length > 0 &&
      p.fields.every((f) => isStr(f.label) && isStr(f.value)) && isInt(p.expires), '§5 confirm_request shape', p);
    const left = p.expires - worldNow();
    check(left > 0 && left <= 5 * 60 * 1000 + 5000, '§7 a confirmation expires within 5 minutes (world clock)', left);
    errorIs(await c.request('confirm', { nonce: 'cf_not_mine' }, '§6 unknown nonce'), 'unknown_confirmation', '§6 confirm a nonce that is not pending');
    const cid = c.send('confirm', { nonce: p.nonce });
    const done = await c.next((e) => e.type === 'speech' && e.payload.re === cid && e.payload.final, '§7 confirm → the avatar says how it went', 20000);
    const booked = c.msgs.find((e) => e.type === 'card' && e.payload.re === cid && e.payload.kind === 'booking');
    check(done && booked && ['확정', 'Confirmed'].includes(booked.payload.items[0].status), '§7 the booking is confirmed', booked);
  }

  // §4 memory and forget (v2).
  const mem = await c.request('memory', {}, '§4 memory');
  check(mem && mem.type === 'memories' && Array.isArray(mem.payload.avatars), '§5 memories shape', mem);
  for (const am of (mem && mem.payload.avatars) || []) {
    check(isStr(am.avatar) && isStr(am.name) && Array.isArray(am.facts) && isInt(am.history), '§5 avatar memory shape', am);
    for (const f of am.facts) check(isStr(f.key) && isStr(f.value) && isStr(f.said) && isInt(f.at) && f.at > 1e12, '§5 memories.at is Unix milliseconds', f);
  }
  errorIs(await c.request('forget', { avatar: 'assistant', key: '식단' }, '§4 forget with an unknown key'), 'invalid_payload', '§4 forget with an unknown key');
  errorIs(await c.request('forget', { avatar: 'nobody' }, '§4 forget an unknown avatar'), 'no_such_avatar', '§4 forget an unknown avatar');
  const fg = await c.request('forget', { avatar: 'assistant' }, '§4 forget everything');
  check(fg && fg.type === 'memories' && fg.payload.avatars.length === 1 && fg.payload.avatars[0].facts.length === 0 &&
    fg.payload.avatars[0].history === 0, '§4 after forget nothing is left', fg);

  // §8 resume: drop the connection (no close 1000) and come back with the
  // token: same entity, no new join for others.
  const token1 = wl.resume;
  c.ws.terminate();
  const r = new Conn(u.token);
  await r.open();
  const rw = await r.request('hello', { versions: [2], resume: token1 }, '§8 hello with the resume token');
  check(rw && rw.payload.resumed === true && isStr(rw.payload.resume) && rw.payload.resume !== token1, '§8 welcome.resumed with a new token', rw && rw.payload);
  const rj = await r.next((e) => e.type === 'joined', '§8 joined after a resume');
  check(rj && rj.payload.resumed === true && rj.payload.you === jp.you && rj.payload.room.id === 'lobby', '§8 same entity id and room within one server run', rj && rj.payload);

  // §8 replaced: resuming while the old connection is open closes it with
  // bye replaced and close code 4000.
  const r2 = new Conn(u.token);
  await r2.open();
  const r2w = await r2.request('hello', { versions: [2], resume: rw.payload.resume }, '§8 second resume');
  check(r2w && r2w.payload.resumed === true, '§8 the second connection resumes', r2w && r2w.payload);
  const bye = await r.next((e) => e.type === 'bye', '§8 the old connection gets bye');
  check(bye && bye.payload.reason === 'replaced', '§8 bye replaced', bye);
  const rc = await r.closedWith('§8 the replaced connection is closed');
  if (rc) check(rc.code === 4000, '§8 close code 4000 for replaced', rc);
  // §3 talk limit: a burst of 10, then rate_limited (checked before the
  // avatar is looked up, so no avatar has to answer).
  const tids = [];
  for (let i = 0; i < 12; i++) tids.push(r2.send('talk', { avatar: 999999, text: '안녕' }));
  const codes = [];
  for (const id of tids) {
    const e = await r2.reply(id, '§3 talk ' + id + ' answered', 5000);
    codes.push(e && e.payload && e.payload.code);
  }
  check(codes.slice(0, 10).every((c) => c === 'no_such_avatar') && codes.slice(10).includes('rate_limited'),
    '§3 talk: 10 in a burst, then rate_limited', codes);
  // §5 GET /api/rooms counts people, not avatars.
  const rooms = await (await fetch(base + '/api/rooms')).json();
  const lobby = (rooms.rooms || rooms).find((x) => x.id === 'lobby');
  check(lobby && lobby.players === 1, '§5 /api/rooms: the lobby holds 1 person (me), avatars not counted', lobby);
  r2.ws.close(1000);

  console.log(JSON.stringify({ checks, failures }));
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  console.log('FAIL exception: ' + (e && e.stack || e));
  process.exit(1);
});
