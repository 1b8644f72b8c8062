// Run against a certgraph API: `npm run example -- http://localhost:8787/graphql`.
import { compareTwo, createCertgraphClient, recommendFor } from './client.ts';

const url = process.argv[2] ?? process.env.CERTGRAPH_URL ?? 'http://localhost:8787/graphql';
const client = createCertgraphClient(url);

const { compare } = await compareTwo(client, 'psm-i', 'pspo-i');
const [a, b] = compare.certifications;
console.log(`${a?.acronym} vs ${b?.acronym}: similarity ${compare.pairs[0]?.similarity}`);
console.log(`  shared fundamentals: ${compare.sharedFundamentals.map((t) => t.name).join(', ')}`);
for (const d of compare.distinct) console.log(`  only in ${d.certification.acronym}: ${d.topics.map((t) => t.name).join(', ')}`);
console.log(`  ${compare.summary}`);

const { recommend } = await recommendFor(client, { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner' });
for (const r of recommend) {
  const cost = r.certification.cost ? `$${r.certification.cost.amountUsd}` : 'no verified price';
  console.log(`#${r.rank} ${r.certification.acronym} (${r.certification.level}, ${cost}), score ${r.score}: ${r.reasons[0]?.message}`);
}
