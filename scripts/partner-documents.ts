// The core of `npm run partner -- publish NAME_OR_ID FILE`: a partner's document set (trusted
// documents), read from a manifest and checked before anything is published. scripts/partner.mjs
// runs it (bundled, in Node) and writes what it returns to KV; test/graphql/trusted-documents.test.ts
// imports it inside workerd.
//
// A manifest is either GraphQL Code Generator's (client preset, `persistedDocuments: true`):
//   { "sha256:<hex>": "query …", … }            (bare hex keys accepted too)
// or Apollo's (`generate-persisted-query-manifest`):
//   { "format": "apollo-persisted-query-manifest", "version": 1,
//     "operations": [{ "id": "<sha256 hex>", "name": "…", "type": "query", "body": "query …" }] }
// Each document must hash to its id (SHA-256 of its exact text), parse and validate against the
// schema with the query limits the Worker applies (the Worker's own parse and validate: tokens,
// aliases, directives, depth), hold only queries, and cost at most the limit when its cost does
// not depend on variables it requires (one that does is priced per request, like any query).
// Nothing is published unless every document passes.
import { type DocumentNode, type GraphQLSchema, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';
import { sha256Hex } from '../src/edge/digest.js';
import { checkCost } from '../src/graphql/limits/request-cost.js';
import { toResponseError } from '../src/graphql/masking.js';
import { DOCUMENT_ID, trustedKey } from '../src/graphql/persisted-documents.js';
import { createGraphQLServer } from '../src/graphql/yoga.js';

/** The most documents one manifest may publish, and the longest document (UTF-8 bytes). */
export const PUBLISH_LIMITS = { documents: 1000, documentBytes: 32 * 1024 } as const;

export interface ManifestEntry {
  /** The id the manifest gives (its hash, lowercase hex once read). */
  hash: string;
  text: string;
  /** The operation's name, when the manifest says it. */
  name?: string;
}

export interface PublishedDocument {
  hash: string;
  text: string;
  /** Each operation: its name (or `(anonymous)`) and its cost, or null when it depends on required variables. */
  operations: { name: string; cost: number | null }[];
}

export interface DocumentProblem {
  /** The id as the manifest gives it. */
  id: string;
  problems: string[];
}

export class ManifestError extends Error {}

function fromApollo(manifest: { version?: unknown; operations?: unknown }): ManifestEntry[] {
  if (manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new ManifestError('An Apollo persisted-query manifest needs "version": 1 and an "operations" list.');
  }
  return manifest.operations.map((op: { id?: unknown; body?: unknown; name?: unknown }, i) => {
    if (typeof op?.id !== 'string' || typeof op.body !== 'string') throw new ManifestError(`operations[${i}] needs a string "id" and "body".`);
    return { hash: op.id, text: op.body, ...(typeof op.name === 'string' ? { name: op.name } : {}) };
  });
}

/** The documents of a manifest (parsed JSON), in either format; throws ManifestError when it is neither. */
export function readManifest(json: unknown): ManifestEntry[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ManifestError('The manifest must be a JSON object: codegen\'s { "sha256:<hash>": "query …" } or Apollo\'s persisted-query manifest.');
  }
  const manifest = json as Record<string, unknown>;
  const entries =
    manifest.format === 'apollo-persisted-query-manifest'
      ? fromApollo(manifest)
      : Object.entries(manifest).map(([id, text]) => {
          if (typeof text !== 'string') throw new ManifestError(`"${id.slice(0, 80)}": the document must be a string (the query's text).`);
          return { hash: id, text };
        });
  if (entries.length === 0) throw new ManifestError('The manifest holds no documents.');
  if (entries.length > PUBLISH_LIMITS.documents)
    throw new ManifestError(`The manifest holds ${entries.length} documents; at most ${PUBLISH_LIMITS.documents} are published at once.`);
  return entries;
}

/** The required variables an operation has no default for (its cost then depends on them). */
const needsVariables = (operation: OperationDefinitionNode) =>
  (operation.variableDefinitions ?? []).some((v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue === undefined);

type Server = ReturnType<typeof createGraphQLServer>;

/** The problems of one operation of a parsed document (none: its cost, or null when priced per request). */
function checkOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): { cost?: number | null; problems: string[] } {
  if (operation.operation !== 'query')
    return { problems: [`\`${operation.name?.value ?? '(anonymous)'}\` is a ${operation.operation}: only queries can be published.`] };
  if (needsVariables(operation)) return { cost: null, problems: [] };
  const verdict = checkCost(schema, document, operation.name?.value, {});
  if ('errors' in verdict) return { problems: verdict.errors.map((e) => toResponseError(e, undefined).message) };
  return { cost: verdict.cost, problems: [] };
}

/** One manifest entry checked: the published document, or its problems. */
async function checkEntry(server: Server, entry: ManifestEntry): Promise<PublishedDocument | DocumentProblem> {
  const id = entry.hash;
  const match = DOCUMENT_ID.exec(id);
  if (!match) return { id, problems: ['The id must be the SHA-256 of the document in hex (64 characters), optionally prefixed `sha256:`.'] };
  const hash = match[1]!.toLowerCase();
  if ((await sha256Hex(entry.text)) !== hash)
    return { id, problems: ['The id is not the SHA-256 of the document: the manifest is out of date, or was not built from these documents.'] };
  const bytes = new TextEncoder().encode(entry.text).byteLength;
  if (bytes > PUBLISH_LIMITS.documentBytes) return { id, problems: [`The document is ${bytes} bytes; at most ${PUBLISH_LIMITS.documentBytes} are published.`] };
  const { parse, validate, schema } = server.getEnveloped({ request: new Request('http://publish.invalid/graphql') } as never);
  let document: DocumentNode;
  try {
    document = parse(entry.text);
  } catch (error) {
    return { id, problems: [toResponseError(error, undefined).message] };
  }
  let invalid: readonly unknown[];
  try {
    invalid = validate(schema, document);
  } catch (error) {
    // graphql-armor's rules throw their refusal.
    invalid = [error];
  }
  if (invalid.length) return { id, problems: invalid.map((e: unknown) => toResponseError(e, undefined).message) };
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !getOperationAST(document))
    return { id, problems: [`A published document holds exactly one operation (it holds ${operations.length}).`] };
  const checked = checkOperation(schema, document, operations[0]!);
  if (checked.problems.length) return { id, problems: checked.problems };
  return { hash, text: entry.text, operations: [{ name: operations[0]!.name?.value ?? '(anonymous)', cost: checked.cost ?? null }] };
}

/** Every entry checked, with the Worker's own parser, validation and limits. */
export async function checkDocuments(entries: ManifestEntry[]): Promise<{ documents: PublishedDocument[]; problems: DocumentProblem[] }> {
  const server = createGraphQLServer();
  const documents: PublishedDocument[] = [];
  const problems: DocumentProblem[] = [];
  for (const entry of entries) {
    const checked = await checkEntry(server, entry);
    if ('problems' in checked) problems.push(checked);
    else documents.push(checked);
  }
  return { documents, problems };
}

/**
 * What `publish` writes to the PERSISTED_QUERIES namespace: one key per document, under the
 * partner; all of a checked set or, when any document was refused, none (throws).
 */
export function kvEntries(
  partnerId: string,
  { documents, problems }: { documents: PublishedDocument[]; problems: DocumentProblem[] },
): { key: string; value: string }[] {
  if (problems.length) throw new ManifestError(`${problems.length} of ${documents.length + problems.length} documents refused; nothing was published`);
  return documents.map((d) => ({ key: trustedKey(partnerId, d.hash), value: d.text }));
}
