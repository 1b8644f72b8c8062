import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { CatalogIndex } from '../data/catalog.js';
import { PRICE } from './costs.js';
import { nodeTypeOf } from './ids.js';
import PricePlugin from './price-plugin.js';
import ValidationPlugin from './validation-plugin.js';

/**
 * What every resolver receives: yoga's context, made from the server context the Worker hands
 * yoga with each request (src/graphql/context.ts, which adds the bindings and the whole state).
 */
export interface Context {
  /** The catalog this request is answered from (loaded once per isolate, handed to each request). */
  catalog: CatalogIndex;
  /** The request's state, as far as the schema may know it: its id (src/edge/request-context.ts has the rest). */
  state: { readonly id: string };
}

// The builder alone (Pothos app-layout guide). Fields are non-null unless marked nullable,
// so the printed schema matches the contract's `!`s without sprinkling options everywhere.
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [PricePlugin, ValidationPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    // `node` and `nodes` are this API's own (src/schema/node.ts): IDs parsed without exceptions,
    // list size checked first, a malformed ID nulls only its own slot. Nothing is written onto
    // the catalog's shared objects; the Node type of an object is decided by identity.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    brandLoadedObjects: false,
    // A page's size is priced on the connection field, from `first`/`last`: edges and nodes x1.
    nodesOnConnection: { description: 'The items of this page, without cursors.', complexity: { field: 1, multiplier: 1 } },
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: 'The items of this page, each with its cursor.',
      complexity: { field: 1, multiplier: 1 },
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodeTypeOptions: {
      description: 'An entity with a stable, opaque global ID; fetch any of them with `node` or `nodes`.',
      resolveType: (value, context) => nodeTypeOf(context.catalog, value),
    },
    idFieldOptions: { description: 'Opaque global ID. Accepted wherever an argument takes a slug.', complexity: PRICE.globalId },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; pass it as `before` to page back.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; pass it as `after` to page on.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for `after`/`before`.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    firstArgOptions: { description: 'Return the first n items (1 to 100; default 20).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'Return the last n items (1 to 100).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
});

builder.queryType({ description: 'Everything certgraph serves is read from here: the catalog, comparisons and recommendations.' });
