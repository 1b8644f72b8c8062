// The figures of wrangler.toml's Rate Limiting bindings, alone in a module with no imports: the
// usage report (and the partner CLI, which bundles it for Node) quotes them without loading admission.

/**
 * The limits wrangler.toml's Rate Limiting bindings enforce (per 60 s; a test keeps them equal):
 * a partner's servers per partner at its tier's limit, its pages per visitor's client.
 */
export const ENFORCED_LIMITS = { standard: 3000, high: 30000, pagesPerClient: 300, periodSeconds: 60 } as const;
