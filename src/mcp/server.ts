// The MCP server, loaded only when /mcp is called (./index.ts imports its build,
// ./generated/server.mjs): the official SDK's McpServer over its web-standard Streamable HTTP
// transport, stateless (a server and a transport per request, no session), answering in JSON.
// It imports nothing of the project at run time but this folder: the engine it is handed is the
// API itself (./engine.ts).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker-provider.js';
import { INSTRUCTIONS } from './descriptions.js';
import type { Engine } from './engine.js';
import { registerPrompt, registerResources } from './resources.js';
import { registerTools } from './tools.js';

export const SERVER_INFO = { name: 'certgraph', title: 'certgraph: agile certifications, sourced', version: '1.0.0' };

/** certgraph's MCP server for one request: five tools, the resources, the prompt. */
export function createMcpServer(engine: Engine): McpServer {
  // workerd forbids code generation (ajv's default validator uses it): @cfworker/json-schema does not.
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS, jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });
  registerTools(server, engine);
  registerResources(server, engine);
  registerPrompt(server);
  return server;
}

/** Whether a JSON-RPC answer holds a tool's error (`isError`), to count the request as refused. */
function hasToolError(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => (m as { result?: { isError?: unknown } } | null)?.result?.isError === true);
}

/** Answers one POST to /mcp. */
export async function handleMcpRequest(request: Request, engine: Engine): Promise<Response> {
  const server = createMcpServer(engine);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const response = await transport.handleRequest(request);
    if (response.headers.get('content-type')?.includes('application/json')) {
      const text = await response.text();
      if (hasToolError(JSON.parse(text || 'null'))) engine.refused();
      return new Response(text, { status: response.status, headers: response.headers });
    }
    return response;
  } finally {
    await server.close();
  }
}
