import { builder } from './builder.js';
import { LIST_SIZE, list } from './costs.js';
import { CertificationRef, ProviderRef, slugOf } from './refs.js';

builder.node(ProviderRef, {
  description: 'An organization that awards certifications (Scrum.org, Scrum Alliance, PMI, ICAgile, Scaled Agile).',
  id: { resolve: (p) => p.slug },
  loadOne: (slug, { catalog }) => catalog.providerBySlug.get(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Human identifier, for example `scrum-org`.' }),
    name: t.exposeString('name', { description: 'Name of the organization.' }),
    url: t.exposeString('url', { description: "The provider's website." }),
    description: t.exposeString('description', { description: 'How this provider certifies people, in a sentence or two.' }),
    certifications: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.providerCertifications),
      description: 'Certifications this provider awards, in catalog order.',
      resolve: (p, _args, { catalog }) => catalog.certificationsByProvider.get(p.slug) ?? [],
    }),
  }),
});

builder.queryFields((t) => ({
  provider: t.field({
    type: ProviderRef,
    nullable: true,
    description: 'One provider by slug or global ID; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'Slug (`scrum-org`) or global ID.' }) },
    resolve: (_root, { slug }, { catalog }) => catalog.providerBySlug.get(slugOf('Provider', slug)) ?? null,
  }),
  providers: t.field({
    type: [ProviderRef],
    complexity: list(LIST_SIZE.providers),
    description: 'Every provider in the catalog.',
    resolve: (_root, _args, { catalog }) => catalog.providers,
  }),
}));
