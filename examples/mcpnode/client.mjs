// An MCP client Madang did not write — the official MCP TypeScript SDK —
// using Madang's skills over Streamable HTTP at /mcp. It lists the tools,
// searches restaurants, holds a table and confirms it; the confirmation
// comes back to this client as an elicitation, which it accepts (answer
// "decline" with MADANG_ELICIT=decline).
//
//   node client.mjs http://127.0.0.1:8080/mcp mcp_…   → one JSON line per step
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [url, token] = process.argv.slice(2);
const client = new Client({ name: "ts-sdk-interop", version: "1.0.0" }, { capabilities: { elicitation: {} } });
let asked = "";
client.setRequestHandler(ElicitRequestSchema, async (req) => {
  asked = req.params.message;
  if (process.env.MADANG_ELICIT === "decline") return { action: "decline" };
  return { action: "accept", content: { confirm: true } };
});
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const out = (step, v) => console.log(JSON.stringify({ step, ...v }));
try {
  await client.connect(transport);
  const { tools } = await client.listTools();
  // Typed results: tools whose result is an object declare it as their
  // outputSchema, and this SDK checks every structuredContent against it.
  out("list", { tools: tools.map((t) => t.name), typed: tools.filter((t) => t.outputSchema).map((t) => t.name) });
  const text = (r) => r.content.map((c) => c.text).join("");
  const search = await client.callTool({ name: "booking_search_restaurants", arguments: { area: "강남", cuisine: "italian" } });
  out("search", { isError: !!search.isError, text: text(search).slice(0, 200) });
  const hold = await client.callTool({
    name: "booking_hold",
    arguments: { place_id: "r01", date: "2026-12-10", time: "19:00", party_size: 3 },
  });
  const held = hold.structuredContent;
  out("hold", { isError: !!hold.isError, id: held.id, status: held.status });
  const conf = await client.callTool({ name: "booking_confirm", arguments: { booking_id: held.id } });
  out("confirm", { isError: !!conf.isError, text: text(conf).slice(0, 300), asked, status: conf.structuredContent?.status });
  await client.close();
} catch (e) {
  out("error", { message: String(e) });
  process.exit(1);
}
