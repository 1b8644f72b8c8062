import { builder } from './builder.js';
import { LIST_SIZE, list } from './costs.js';
import { CertificationRef, RoleRef, slugOf, TopicRef } from './refs.js';

builder.node(RoleRef, {
  description: 'A job role a certification prepares for (Scrum Master, Product Owner, Developer, ...).',
  id: { resolve: (r) => r.slug },
  loadOne: (slug, { catalog }) => catalog.roleBySlug.get(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Human identifier, for example `scrum-master`.' }),
    name: t.exposeString('name', { description: 'Name of the role.' }),
    description: t.exposeString('description', { description: 'What the role is accountable for.' }),
    topics: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.roleTopics),
      description: 'Topics specific to this role.',
      resolve: (r, _args, { catalog }) => catalog.topicsByRole.get(r.slug) ?? [],
    }),
    certifications: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.roleCertifications),
      description: 'Certifications whose primary role is this one.',
      resolve: (r, _args, { catalog }) => catalog.certificationsByPrimaryRole.get(r.slug) ?? [],
    }),
  }),
});

builder.queryFields((t) => ({
  role: t.field({
    type: RoleRef,
    nullable: true,
    description: 'One role by slug or global ID; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'Slug (`product-owner`) or global ID.' }) },
    resolve: (_root, { slug }, { catalog }) => catalog.roleBySlug.get(slugOf('Role', slug)) ?? null,
  }),
  roles: t.field({
    type: [RoleRef],
    complexity: list(LIST_SIZE.roles),
    description: 'Every role in the catalog.',
    resolve: (_root, _args, { catalog }) => catalog.roles,
  }),
}));
