// The GraphQL documents the overlap explorer sends. The server-side render and the page's script
// send the same text, so they share the API's caches (the response cache and ETags key on it).
// Plain strings: this module is bundled into the browser script too.

/** The whole heatmap: the filtered certifications, the catalog's matrix, and the filter choices. */
export const MATRIX_QUERY = /* GraphQL */ `query ExplorerMatrix($filter: CertificationFilter) {
  catalog { version asOf certificationCount }
  providers { slug name }
  roles { slug name }
  certifications(filter: $filter, first: 100) {
    totalCount
    nodes { slug acronym name level provider { slug name } primaryRole { slug name } }
  }
  overlapMatrix {
    certifications { slug }
    similarity
    pairs { a { slug } b { slug } coverageOfA coverageOfB }
  }
}`;

/** One pair, side by side: what the two share (fundamentals, role-specific), what each adds, the summary. */
export const PAIR_QUERY = /* GraphQL */ `query ExplorerPair($pair: [String!]!) {
  compare(certifications: $pair) {
    certifications { slug acronym name url level provider { name } primaryRole { name } }
    sharedFundamentals { slug name }
    distinct { certification { slug } topics { slug name kind } }
    pairs { similarity coverageOfA coverageOfB sharedRoleSpecific { slug name } }
    differences { attribute values { value } }
    summary
  }
}`;

export type Level = 'FOUNDATION' | 'ADVANCED' | 'EXPERT';

export interface MatrixData {
  catalog: { version: string; asOf: string; certificationCount: number };
  providers: { slug: string; name: string }[];
  roles: { slug: string; name: string }[];
  certifications: {
    totalCount: number;
    nodes: {
      slug: string;
      acronym: string;
      name: string;
      level: Level;
      provider: { slug: string; name: string };
      primaryRole: { slug: string; name: string };
    }[];
  };
  overlapMatrix: {
    certifications: { slug: string }[];
    similarity: number[][];
    pairs: { a: { slug: string }; b: { slug: string }; coverageOfA: number; coverageOfB: number }[];
  };
}

export interface PairData {
  compare: {
    certifications: { slug: string; acronym: string; name: string; url: string; level: Level; provider: { name: string }; primaryRole: { name: string } }[];
    sharedFundamentals: { slug: string; name: string }[];
    distinct: { certification: { slug: string }; topics: { slug: string; name: string; kind: string }[] }[];
    pairs: { similarity: number; coverageOfA: number; coverageOfB: number; sharedRoleSpecific: { slug: string; name: string }[] }[];
    differences: { attribute: string; values: { value: string }[] }[];
    summary: string;
  };
}
