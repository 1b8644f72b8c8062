// `node` and `nodes`: any entity by its global ID (the Relay convention). The relay plugin's own
// fields are off (src/schema/builder.ts): these parse IDs without exceptions, take at most
// MAX_NODES IDs (checked before any is parsed: src/graphql/limits/cost.ts), answer a malformed ID with
// null in its own slot and a BAD_USER_INPUT error at its path (the other IDs are still served),
// and resolve each object's type by identity with the catalog (no shared state, no brand).
import { badInput } from '../resolvers/errors.js';
import { quoted } from '../resolvers/wording.js';
import { builder } from './builder.js';
import { PRICE } from './costs.js';
import { entityOfGlobalId } from './ids.js';

/** The most IDs one `nodes` call takes (GitHub's API has the same limit). */
export const MAX_NODES = 100;

const NodeRef = builder.nodeInterfaceRef();

function malformed(value: string, argument: string) {
  return badInput(`${quoted(value)} is not a global ID of this API (\`${argument}\`). Pass an \`id\` value returned by this API.`, { argument });
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any entity by its global ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'A global ID, as returned in any `id` field.' }) },
    resolve: (_root, { id }) => {
      const entity = entityOfGlobalId(String(id));
      if (entity === undefined) throw malformed(String(id), 'id');
      return entity;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: `Entities by global IDs (at most ${MAX_NODES}), in the order given; null for each ID that matches none. A malformed ID gets null and a BAD_USER_INPUT error at its index; the others are still served.`,
    complexity: (args: { ids: readonly unknown[] }) => ({ field: 1 + PRICE.nodeId * args.ids.length, multiplier: Math.max(1, args.ids.length) }),
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Global IDs, as returned in \`id\` fields; at most ${MAX_NODES}.`,
        extensions: { maxItems: MAX_NODES },
      }),
    },
    // An Error in a list is GraphQL's way to null one item and report it at that item's path.
    resolve: (_root, { ids }) =>
      ids.map((id, i) => {
        const entity = entityOfGlobalId(String(id));
        return entity === undefined ? malformed(String(id), `ids[${i}]`) : entity;
      }) as unknown as (object | null)[],
  }),
}));
