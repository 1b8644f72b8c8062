// A typed certgraph client: urql's core with Automatic Persisted Queries over GET, and documents
// typed by GraphQL Code Generator's client preset (gql/, generated from schema.graphql). Copy this
// folder, point `url` at the API, run codegen after changing a query.
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { CertificationDetailsQuery, CompareTwoQuery, RecommendationsForQuery } from '../gql/graphql.ts';
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
      certifications { slug acronym name price { typicalUsd minUsd maxUsd confidence asOf summary } }
      sharedFundamentals { name }
      distinct { certification { acronym } topics { name } }
      pairs { similarity coverageOfA coverageOfB }
      summary
    }
  }
`);

export const RecommendationsFor = graphql(`
  query RecommendationsFor($profile: ProfileInput!, $first: Int) {
    recommendations(profile: $profile, first: $first) {
      fitCount
      nothingFits
      message
      items {
        rank
        score
        eligible
        fits
        budgetFit
        certification { slug acronym level price { typicalUsd minUsd maxUsd confidence asOf summary } }
        reasons { code message weight }
      }
    }
  }
`);

export const CertificationDetails = graphql(`
  query CertificationDetails($slug: String!) {
    certification(slug: $slug) {
      slug
      acronym
      name
      summary
      url
      level
      provider { name }
      requiresCourse
      prerequisites { acronym }
      exam { questions durationMinutes passingScorePercent format }
      price { typicalUsd minUsd maxUsd confidence asOf summary }
      renewal { required everyYears feeUsd }
      sources { title url }
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

/** One certification's page: what it is, its exam, its typical price with its range, its renewal, its sources; null when there is none. */
export async function certificationDetails(client: Client, slug: string): Promise<CertificationDetailsQuery['certification']> {
  return (await run<CertificationDetailsQuery, { slug: string }>(client, CertificationDetails, { slug })).certification;
}

/** The certifications that fit a person, best first, each with its reasons and price; how many fit. */
export function recommendationsFor(
  client: Client,
  profile: { currentRole?: string; targetRole?: string; held?: string[]; budgetUsd?: number },
  first = 3,
): Promise<RecommendationsForQuery> {
  return run<RecommendationsForQuery, { profile: typeof profile; first: number }>(client, RecommendationsFor, { profile, first });
}

/** A price as people read it: the typical figure with its range, e.g. "$1,295 (range $995 to $1,495)"; null when unknown. */
export function typicalPrice(price: { typicalUsd: number | null; minUsd: number | null; maxUsd: number | null }): string | null {
  const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
  const typical = price.typicalUsd ?? price.maxUsd;
  if (typical === null) return null;
  const range = price.minUsd !== null && price.maxUsd !== null && price.minUsd !== price.maxUsd ? ` (range ${usd(price.minUsd)} to ${usd(price.maxUsd)})` : '';
  return `${usd(typical)}${range}`;
}
