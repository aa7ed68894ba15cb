// An external Madang skill in JavaScript, on the official MCP TypeScript
// SDK: the campus events calendar. Madang starts it over stdio
// (examples/campus/mcp.json has a commented-out entry; docs/skills.md §7).
//
//   node examples/mcpnode/skill.mjs
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const events = [
  { id: "e1", title: "한글날 특강 · Hangul Day lecture", date: "2026-12-08", room: "classroom", seats: 30 },
  { id: "e2", title: "코딩 동아리 · Coding club", date: "2026-12-08", room: "lobby", seats: 12 },
  { id: "e3", title: "김장 체험 · Kimjang workshop", date: "2026-12-09", room: "store", seats: 8 },
];
const registered = new Map();

const server = new McpServer({ name: "campus-events", version: "1.0.0" });

server.registerTool(
  "events_on",
  {
    description: "Campus events on a day, with free seats.",
    inputSchema: { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("YYYY-MM-DD") },
  },
  async ({ date }) => {
    const list = events.filter((e) => e.date === date).map((e) => ({ ...e, free: e.seats - (registered.get(e.id) || 0) }));
    return { content: [{ type: "text", text: JSON.stringify(list) }], structuredContent: { events: list } };
  },
);

server.registerTool(
  "register",
  {
    description: "Register the user for an event.",
    inputSchema: { event_id: z.string().describe("e1, e2 …"), people: z.number().int().min(1).max(5) },
  },
  async ({ event_id, people }) => {
    const e = events.find((x) => x.id === event_id);
    if (!e) return { isError: true, content: [{ type: "text", text: `no event ${event_id}` }] };
    const taken = registered.get(e.id) || 0;
    if (taken + people > e.seats) return { isError: true, content: [{ type: "text", text: "not enough seats" }] };
    registered.set(e.id, taken + people);
    const out = { registration: `R-${e.id}-${taken + people}`, event: e.title, people };
    return { content: [{ type: "text", text: JSON.stringify(out) }], structuredContent: out };
  },
);

await server.connect(new StdioServerTransport());
