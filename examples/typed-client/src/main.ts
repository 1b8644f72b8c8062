// Run against a certgraph API: `npm run example -- http://localhost:8787/graphql`.
import { certificationDetails, compareTwo, createCertgraphClient, recommendationsFor, typicalPrice } from './client.ts';

const url = process.argv[2] ?? process.env.CERTGRAPH_URL ?? 'http://localhost:8787/graphql';
const client = createCertgraphClient(url);

const { compare } = await compareTwo(client, 'psm-i', 'pspo-i');
const [a, b] = compare.certifications;
console.log(`${a?.acronym} vs ${b?.acronym}: similarity ${compare.pairs[0]?.similarity}`);
console.log(`  shared fundamentals: ${compare.sharedFundamentals.map((t) => t.name).join(', ')}`);
for (const d of compare.distinct) console.log(`  only in ${d.certification.acronym}: ${d.topics.map((t) => t.name).join(', ')}`);
console.log(`  ${compare.summary}`);

const { recommendations } = await recommendationsFor(client, { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner' });
console.log(recommendations.message);
for (const r of recommendations.items) {
  const price = typicalPrice(r.certification.price) ?? 'no verified price';
  console.log(`#${r.rank} ${r.certification.acronym} (${r.certification.level}, ${price}), score ${r.score}: ${r.reasons[0]?.message}`);
}

const cspo = await certificationDetails(client, 'cspo');
if (cspo) {
  const exam = cspo.exam ? `exam: ${cspo.exam.questions ?? '?'} questions in ${cspo.exam.durationMinutes} min` : 'no exam';
  const renewal = cspo.renewal.required ? `renew every ${cspo.renewal.everyYears ?? '?'} years` : 'no renewal';
  console.log(`${cspo.acronym}: ${cspo.name} (${cspo.provider.name}), ${typicalPrice(cspo.price) ?? 'no verified price'}; ${exam}; ${renewal}`);
  console.log(`  ${cspo.summary}`);
  console.log(`  ${cspo.sources.length} sources, first ${cspo.sources[0]?.title}: ${cspo.sources[0]?.url}`);
}
