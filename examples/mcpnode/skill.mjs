// An external Madang skill in JavaScript, on the official MCP TypeScript
// SDK: the campus events calendar. Madang starts it over stdio
// (examples/campus/mcp.json; docs/skills.md §7).
//
// It knows its caller the way every source can (skills/mcpsrc/meta.go):
// each tools/call carries, in _meta, the user's pseudonym at this source,
// the operation id of a registration (the same when Madang retries it)
// and the user's language. So "my registrations" works without Madang's
// user ids, a retried registration is not counted twice, and answers come
// in the user's language. The register tool's listing gives its
// confirmation sentence in Korean and English.
//
//   node examples/mcpnode/skill.mjs
//
// EVENTS_DATA=file keeps registrations in a JSON file across restarts.
// Test hooks: EVENTS_LOG=file appends the _meta of every call, one JSON
// line each; EVENTS_LOSE_FIRST_REPLY=1 registers on the first register
// call but answers it with an error, as if the reply were lost.
import { appendFileSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const M = "io.github.madang-world/";

const events = [
  { id: "e1", title: "한글날 특강 · Hangul Day lecture", date: "2026-12-08", room: "classroom", seats: 30 },
  { id: "e2", title: "코딩 동아리 · Coding club", date: "2026-12-08", room: "lobby", seats: 12 },
  { id: "e3", title: "김장 체험 · Kimjang workshop", date: "2026-12-09", room: "store", seats: 8 },
];

// state.registrations: one per operation, with the user's pseudonym.
const dataFile = process.env.EVENTS_DATA;
let state = { registrations: [] };
if (dataFile) {
  try {
    state = JSON.parse(readFileSync(dataFile, "utf8"));
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
}
const save = () => {
  if (!dataFile) return;
  writeFileSync(dataFile + ".tmp", JSON.stringify(state));
  renameSync(dataFile + ".tmp", dataFile);
};
const taken = (id) => state.registrations.filter((r) => r.event_id === id).reduce((n, r) => n + r.people, 0);

let loseReply = process.env.EVENTS_LOSE_FIRST_REPLY === "1";
const seen = (tool, extra) => {
  const meta = extra._meta || {};
  if (process.env.EVENTS_LOG) {
    appendFileSync(process.env.EVENTS_LOG, JSON.stringify({ tool, user: meta[M + "user"], operation: meta[M + "operation"], lang: meta[M + "lang"] }) + "\n");
  }
  return { user: meta[M + "user"], operation: meta[M + "operation"], lang: meta[M + "lang"] === "en" ? "en" : "ko" };
};
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }], structuredContent: v });
const fail = (msg) => ({ isError: true, content: [{ type: "text", text: msg }] });

const server = new McpServer({ name: "campus-events", version: "1.0.0" });

server.registerTool(
  "events_on",
  {
    description: "Campus events on a day, with free seats.",
    inputSchema: { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("YYYY-MM-DD") },
  },
  async ({ date }, extra) => {
    seen("events_on", extra);
    const list = events.filter((e) => e.date === date).map((e) => ({ ...e, free: e.seats - taken(e.id) }));
    return { content: [{ type: "text", text: JSON.stringify(list) }], structuredContent: { events: list } };
  },
);

server.registerTool(
  "register",
  {
    description: "Register the user for an event.",
    inputSchema: { event_id: z.string().describe("e1, e2 …"), people: z.number().int().min(1).max(5) },
    _meta: {
      [M + "confirm"]: {
        ko: "행사 {event_id}에 {people}명을 등록합니다.",
        en: "Register {people} for event {event_id}.",
      },
    },
  },
  async ({ event_id, people }, extra) => {
    const who = seen("register", extra);
    if (!who.user) return fail("register needs the caller's pseudonym");
    const e = events.find((x) => x.id === event_id);
    if (!e) return fail(who.lang === "en" ? `no event ${event_id}` : `${event_id} 행사가 없어요`);
    // The same operation again (Madang retrying): the registration it made.
    let r = who.operation && state.registrations.find((x) => x.operation === who.operation);
    const again = !!r;
    if (!r) {
      if (taken(e.id) + people > e.seats) return fail(who.lang === "en" ? "not enough seats" : "자리가 부족해요");
      r = { registration: `R-${e.id}-${state.registrations.length + 1}`, event_id: e.id, people, user: who.user, operation: who.operation };
      state.registrations.push(r);
      save();
    }
    if (loseReply) {
      loseReply = false;
      return fail("the reply was lost on the way (test hook)");
    }
    const message = who.lang === "en" ? `Registered ${people} for ${e.title}.` : `${e.title}에 ${people}명 등록했어요.`;
    return text({ registration: r.registration, event: e.title, people: r.people, again, message });
  },
);

server.registerTool(
  "my_registrations",
  { description: "The user's own registrations." },
  async (extra) => {
    const who = seen("my_registrations", extra);
    const mine = state.registrations
      .filter((r) => who.user && r.user === who.user)
      .map((r) => ({ registration: r.registration, event: events.find((e) => e.id === r.event_id).title, people: r.people }));
    return text({ registrations: mine });
  },
);

await server.connect(new StdioServerTransport());
