import type { CatalogIndex } from '../data/catalog.js';
import { builder } from './builder.js';

const CatalogType = builder.objectRef<CatalogIndex>('Catalog').implement({
  description: 'Which catalog is being served.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'Version of the catalog data; changes whenever a fact changes.' }),
    asOf: t.exposeString('asOf', { description: 'Date of the newest fact in the catalog.' }),
    certificationCount: t.int({ description: 'Number of certifications.', resolve: (c) => c.certifications.length }),
    providerCount: t.int({ description: 'Number of providers.', resolve: (c) => c.providers.length }),
    roleCount: t.int({ description: 'Number of roles.', resolve: (c) => c.roles.length }),
    topicCount: t.int({ description: 'Number of canonical topics.', resolve: (c) => c.topics.length }),
  }),
});

builder.queryField('catalog', (t) =>
  t.field({
    type: CatalogType,
    description: 'Which catalog is being served: version, as-of date, counts.',
    resolve: (_root, _args, { catalog }) => catalog,
  }),
);
