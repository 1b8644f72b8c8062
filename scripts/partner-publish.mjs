// Trusted documents (src/graphql/persisted-documents.ts), for `npm run partner -- publish` and
// `trusted-only`: every document is checked (hash, schema, query limits: scripts/partner-documents.ts)
// and all of them or none are written, under `trusted:<partner id>:<sha256>` in PERSISTED_QUERIES.
import { readFileSync } from 'node:fs';
import { UsageError } from './partner-cli.mjs';

/** The publish commands over `kv` (list, bulkPut), printing through `out` and `err`. */
export function publisher({ kv, out, err }) {
  return {
    async hasPublished(partnerId) {
      return kv.list('PERSISTED_QUERIES', `trusted:${partnerId}:`).length > 0;
    },
    async publish(partner, file) {
      const { importBundled, WORKERD_BUILD } = await import('./import-bundled.mjs');
      // Bundled as wrangler bundles the Worker (its parser, validation and limits are the Worker's own).
      const core = await importBundled(new URL('partner-documents.ts', import.meta.url).pathname, WORKERD_BUILD);
      let entries;
      try {
        entries = core.readManifest(JSON.parse(readFileSync(file, 'utf8')));
      } catch (error) {
        throw new UsageError(`${file}: ${error.message}`);
      }
      const checked = await core.checkDocuments(entries);
      for (const { id, problems: why } of checked.problems) err(`refused ${id.slice(0, 80)}:\n  ${why.join('\n  ')}`);
      let bulk;
      try {
        bulk = core.kvEntries(partner.id, checked);
      } catch (error) {
        throw new UsageError(error.message);
      }
      kv.bulkPut('PERSISTED_QUERIES', bulk);
      out(`Published ${checked.documents.length} documents for ${partner.name} (${partner.id}):`);
      for (const d of checked.documents) {
        const costs = d.operations.map((o) => `${o.name} cost ${o.cost ?? 'per request (needs variables)'}`).join(', ');
        out(`  sha256:${d.hash}  ${costs}`);
      }
      out(
        partner.keys.some((k) => k.record.trustedDocumentsOnly)
          ? 'Trusted documents only is on for this partner.'
          : `Turn on trusted documents only with: npm run partner -- trusted-only ${partner.id} on`,
      );
    },
  };
}
