// Asks certgraph's /mcp one question with the MCP SDK's own client, as an assistant would, and
// prints the exchange: the server it met, the tool called, the text answer (what an assistant
// quotes) and the structured answer's sources with their age.
//   npm run mcp:ask -- http://localhost:8787/mcp compare_certifications '{"certifications":["psm-i","csm"]}'
// A partner key goes in CERTGRAPH_KEY (sent as a bearer token).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [url = 'http://localhost:8787/mcp', tool = 'find_certifications', args = '{}'] = process.argv.slice(2);
const headers: Record<string, string> = process.env.CERTGRAPH_KEY ? { authorization: `Bearer ${process.env.CERTGRAPH_KEY}` } : {};
const client = new Client({ name: 'certgraph-mcp-ask', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
const server = client.getServerVersion();
console.log(`> connected to ${server?.name} ${server?.version} at ${url}`);
const { tools } = await client.listTools();
console.log(`> tools: ${tools.map((t) => t.name).join(', ')}`);
console.log(`> tools/call ${tool} ${args}`);
const result = (await client.callTool({ name: tool, arguments: JSON.parse(args) })) as {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: { sources?: { url: string; accessed: string | null; ageDays: number | null }[] };
};
console.log(result.isError ? '< tool error:' : '< answer:');
for (const part of result.content) if (part.text) console.log(part.text);
const sources = result.structuredContent?.sources ?? [];
const ages = sources.map((s) => s.ageDays).filter((age): age is number => age !== null);
const dated = ages.length ? `, ${ages.length} with the date they were read (the oldest ${Math.max(...ages)} days ago)` : '';
if (sources.length) console.log(`< structuredContent: ${sources.length} sources${dated}`);
await client.close();
process.exit(result.isError ? 1 : 0);
