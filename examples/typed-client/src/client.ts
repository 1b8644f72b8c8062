// A typed certgraph client: urql's core with Automatic Persisted Queries over GET, and documents
// typed by GraphQL Code Generator's client preset (gql/, generated from schema.graphql). Copy this
// folder, point `url` at the API, run codegen after changing a query.
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { CompareTwoQuery, RecommendForQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

export function createCertgraphClient(url: string, options: { fetch?: typeof fetch; apiKey?: string } = {}): Client {
  return new Client({
    url,
    exchanges: [
      // The hash first (a GET that browsers and CDNs cache); the query itself only when the
      // server does not know the hash yet.
      persistedExchange({ preferGetForPersistedQueries: true }),
      fetchExchange,
    ],
    fetch: options.fetch,
    fetchOptions: options.apiKey ? { headers: { authorization: `Bearer ${options.apiKey}` } } : {},
    // One answer per request: the API's own caches do the rest.
    requestPolicy: 'network-only',
  });
}

export const CompareTwo = graphql(`
  query CompareTwo($pair: [String!]!) {
    compare(certifications: $pair) {
      certifications { slug acronym name cost { amountUsd asOf source { url confidence } } }
      sharedFundamentals { name }
      distinct { certification { acronym } topics { name } }
      pairs { similarity coverageOfA coverageOfB }
      summary
    }
  }
`);

export const RecommendFor = graphql(`
  query RecommendFor($profile: ProfileInput!, $first: Int) {
    recommend(profile: $profile, first: $first) {
      rank
      score
      eligible
      certification { slug acronym level cost { amountUsd } }
      reasons { code message weight }
    }
  }
`);

/** An error from the API, with its stable code (`NOT_FOUND`, `BAD_USER_INPUT`, `RATE_LIMITED`, ...). */
export class CertgraphError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

async function run<Data, Variables extends Record<string, unknown>>(
  client: Client,
  document: Parameters<Client['query']>[0],
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables).toPromise();
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    throw new CertgraphError(first?.message ?? result.error.message, String(first?.extensions?.code ?? 'NETWORK_ERROR'));
  }
  return result.data as Data;
}

/** What two certifications share and what each adds. */
export function compareTwo(client: Client, a: string, b: string): Promise<CompareTwoQuery> {
  return run<CompareTwoQuery, { pair: string[] }>(client, CompareTwo, { pair: [a, b] });
}

/** The certifications that fit a person, best first, each with its reasons. */
export function recommendFor(
  client: Client,
  profile: { currentRole?: string; targetRole?: string; held?: string[]; budgetUsd?: number },
  first = 3,
): Promise<RecommendForQuery> {
  return run<RecommendForQuery, { profile: typeof profile; first: number }>(client, RecommendFor, { profile, first });
}
