import { listTopics } from '../resolvers/catalog.js';
import { builder } from './builder.js';
import { LIST_SIZE, list } from './costs.js';
import { CertificationRef, RoleRef, slugOf, TopicRef } from './refs.js';

export const TopicKindEnum = builder.enumType('TopicKind', {
  description: 'Whether a topic is shared ground or belongs to particular roles.',
  values: {
    FUNDAMENTAL: { description: 'Scrum and agile fundamentals that every role learns.' },
    ROLE_SPECIFIC: { description: 'Content that belongs to one or more specific roles.' },
  },
});

builder.node(TopicRef, {
  description: 'A canonical topic that certifications cover; official focus areas of every provider map onto these.',
  id: { resolve: (t) => t.slug },
  loadOne: (slug, { catalog }) => catalog.topicBySlug.get(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Human identifier, for example `product-backlog-management`.' }),
    name: t.exposeString('name', { description: 'Name of the topic.' }),
    description: t.exposeString('description', { description: 'What the topic is about.' }),
    kind: t.field({ type: TopicKindEnum, description: 'Fundamental or role-specific.', resolve: (topic) => topic.kind }),
    roles: t.field({
      type: [RoleRef],
      complexity: list(LIST_SIZE.topicRoles),
      description: 'Roles this topic is specific to; empty for fundamentals.',
      resolve: (topic, _args, { catalog }) => topic.roles.map((r) => catalog.roleBySlug.get(r)!),
    }),
    officialNames: t.exposeStringList('officialNames', {
      description: 'Official focus-area and learning-objective names (of every provider) that map to this topic.',
    }),
    certifications: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.topicCertifications),
      description: 'Certifications that cover this topic.',
      resolve: (topic, _args, { catalog }) => catalog.certificationsByTopic.get(topic.slug) ?? [],
    }),
  }),
});

builder.queryFields((t) => ({
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: 'One topic by slug or global ID; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'Slug (`facilitation`) or global ID.' }) },
    resolve: (_root, { slug }, { catalog }) => catalog.topicBySlug.get(slugOf('Topic', slug)) ?? null,
  }),
  topics: t.field({
    type: [TopicRef],
    complexity: list(LIST_SIZE.topics),
    description: 'Topics, optionally only of one kind and/or only those specific to one role.',
    args: {
      kind: t.arg({ type: TopicKindEnum, description: 'Only topics of this kind.' }),
      role: t.arg.string({ description: 'Only topics specific to this role (slug or global ID); an unknown role is an error.' }),
    },
    resolve: (_root, { kind, role }, { catalog }) => listTopics(catalog, kind, role == null ? role : slugOf('Role', role)),
  }),
}));
