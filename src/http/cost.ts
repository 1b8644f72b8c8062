// What one request's operation will cost, with its own variables, before anything executes; and
// whether every list argument is within its declared size. Run per request (never cached with
// the document), so a cost that depends on variables is the cost of this request.
//
// Prices come from the schema: each field's `extensions.complexity` (set through the Pothos
// complexity plugin in src/schema: a number, `{ field, multiplier }`, or a function of the
// arguments), and for introspection the table below, from the schema's own sizes. A field costs
// its own price plus its selection's cost times its multiplier (a list's expected size). Fields
// that @skip/@include leave out are not priced: they do not run.
//
// Fails closed: anything that cannot be priced (an unknown field, a missing fragment, a price
// that is not a finite number) throws, and the caller refuses the request.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionNode,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';

/** A price: the field's own cost, and the multiplier of its selection's cost. */
export interface Price {
  field: number;
  multiplier: number;
}

/** An argument list over its declared size: the caller's mistake, named precisely. */
export class ListTooLong extends Error {
  override readonly name = 'ListTooLong';
  constructor(
    readonly argument: string,
    readonly max: number,
    readonly size: number,
    readonly hint: string | undefined,
  ) {
    super(`\`${argument}\` takes at most ${max.toLocaleString('en-US')} values; got ${size.toLocaleString('en-US')}.${hint ? ` ${hint}` : ''}`);
  }
}

/** Something the check could not price: a server bug or an input it does not understand; refused. */
export class Unpriceable extends Error {
  override readonly name = 'Unpriceable';
}

/** The declared size limit of a list argument or input field (`extensions.maxItems`). */
export function maxItemsOf(input: { extensions?: Readonly<Record<string, unknown>> | null }): number | undefined {
  const max = input.extensions?.maxItems;
  return typeof max === 'number' ? max : undefined;
}

/**
 * Checks every list in an argument value against its declared size, outside in, before anything
 * looks at the items (a list's items are only visited once the list is known to be within size).
 */
function checkListSizes(type: GraphQLInputType, value: unknown, path: string, declared: { extensions?: Readonly<Record<string, unknown>> | null }): void {
  if (value == null) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) {
      checkListSizes(inner.ofType as GraphQLInputType, value, path, {});
      return;
    }
    const max = maxItemsOf(declared);
    if (max === undefined) throw new Unpriceable(`\`${path}\` is a list without a declared size limit`);
    if (value.length > max) throw new ListTooLong(path, max, value.length, declared.extensions?.maxItemsHint as string | undefined);
    const item = inner.ofType as GraphQLInputType;
    const named = getNamedType(item);
    // Lists of scalars need no walk; lists of input objects do.
    if (isInputObjectType(named) || isListType(isNonNullType(item) ? item.ofType : item)) {
      for (const [i, v] of value.entries()) checkListSizes(item, v, `${path}[${i}]`, {});
    }
    return;
  }
  if (isInputObjectType(inner) && typeof value === 'object') {
    for (const field of Object.values(inner.getFields())) {
      const v = (value as Record<string, unknown>)[field.name];
      if (v != null) checkListSizes(field.type, v, `${path}.${field.name}`, field);
    }
  }
}

function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) {
    const value = values[arg.name];
    if (value != null) checkListSizes(arg.type, value, arg.name, arg);
  }
}

function priceOf(option: unknown, args: Record<string, unknown>, isList: boolean, path: string): Price {
  let value = option;
  if (typeof value === 'function') value = (value as (a: Record<string, unknown>) => unknown)(args);
  let price: Price;
  if (typeof value === 'number') price = { field: value, multiplier: 1 };
  else if (value && typeof value === 'object') {
    const { field, multiplier } = value as Partial<Price>;
    price = { field: field ?? 1, multiplier: multiplier ?? (isList ? 10 : 1) };
  } else throw new Unpriceable(`no price for ${path}`);
  if (!Number.isFinite(price.field) || !Number.isFinite(price.multiplier) || price.field < 0 || price.multiplier < 0) {
    throw new Unpriceable(`the price of ${path} is not a number`);
  }
  return price;
}

/**
 * Introspection's prices: each field at `fieldPrice`, lists sized by the schema itself. Under
 * `__schema` a type's lists are priced at their average over all types (`types { fields }` then
 * costs what the schema really holds); under `__type(name:)` at their largest (one named type may
 * be the biggest).
 */
export interface IntrospectionPrices {
  schema: Record<string, Price>;
  type: Record<string, Price>;
  fieldPrice: number;
}

export function introspectionPrices(schema: GraphQLSchema, fieldPrice: number): IntrospectionPrices {
  const types = Object.values(schema.getTypeMap());
  const sizes = {
    fields: [] as number[],
    args: [] as number[],
    inputFields: [] as number[],
    enumValues: [] as number[],
    interfaces: [] as number[],
    possibleTypes: [] as number[],
  };
  for (const t of types) {
    const fields = isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [];
    sizes.fields.push(fields.length);
    for (const f of fields) sizes.args.push(f.args.length);
    sizes.interfaces.push(isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0);
    sizes.possibleTypes.push(isInterfaceType(t) ? schema.getPossibleTypes(t).length : isUnionType(t) ? t.getTypes().length : 0);
    sizes.inputFields.push(isInputObjectType(t) ? Object.keys(t.getFields()).length : 0);
    sizes.enumValues.push(isEnumType(t) ? t.getValues().length : 0);
  }
  const directives = schema.getDirectives();
  const directiveArgs = directives.map((d) => d.args.length);
  // `ofType` is null on a named type: a chain `type { ofType { ofType … } }` resolves only as deep
  // as the type is wrapped (NonNull, List). Each hop is priced at the share of type references
  // that go one level deeper: the schema's wrappers over its type objects.
  let wrappers = 0;
  let refs = 0;
  const depthOf = (t: unknown): number => (isNonNullType(t) || isListType(t) ? 1 + depthOf((t as { ofType: unknown }).ofType) : 0);
  for (const t of types) {
    const inputs = isInputObjectType(t) ? Object.values(t.getFields()) : [];
    const fields = isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [];
    for (const ref of [...inputs, ...fields, ...fields.flatMap((f) => f.args)]) {
      wrappers += depthOf(ref.type);
      refs++;
    }
  }
  const ofType = wrappers / Math.max(1, wrappers + refs);
  const avg = (xs: number[]) => Math.max(1, xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  const max = (xs: number[]) => Math.max(1, ...xs);
  const table = (size: (xs: number[]) => number): Record<string, Price> => {
    const list = (multiplier: number): Price => ({ field: fieldPrice, multiplier });
    return {
      '__Schema.types': list(types.length),
      '__Schema.directives': list(directives.length),
      '__Type.fields': list(size(sizes.fields)),
      '__Type.inputFields': list(size(sizes.inputFields)),
      '__Type.enumValues': list(size(sizes.enumValues)),
      '__Type.interfaces': list(size(sizes.interfaces)),
      '__Type.possibleTypes': list(size(sizes.possibleTypes)),
      '__Field.args': list(size(sizes.args)),
      '__Directive.args': list(size(directiveArgs)),
      '__Type.ofType': { field: fieldPrice, multiplier: ofType },
    };
  };
  return { schema: table(avg), type: table(max), fieldPrice };
}

export interface CostOptions {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** Coerced variable values (graphql-js `getVariableValues`). */
  variables: Record<string, unknown>;
  introspection: IntrospectionPrices;
}

type Scope = 'schema' | 'type' | undefined;

/** One walk over an operation: its inputs, and each (selection set, type) priced once. */
interface Walk extends CostOptions {
  root: GraphQLCompositeType;
  /** Each (selection set, type) is priced once: fragments spread many times cost no more to price. */
  memo: Map<SelectionSetNode, Map<string, number>>;
  /** Selection sets being priced, to refuse a fragment that spreads itself. */
  active: Set<SelectionSetNode>;
}

/** Whether @skip/@include leave a selection in (what they leave out does not run, so is not priced). */
function included(walk: Walk, node: { directives?: readonly unknown[] }): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, walk.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, walk.variables);
  return include?.if !== false;
}

function fieldDef(walk: Walk, parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | null {
  const name = node.name.value;
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (name === '__schema' && parent === walk.root) return SchemaMetaFieldDef;
  if (name === '__type' && parent === walk.root) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? (parent.getFields()[name] ?? null) : null;
}

/** A field's price: introspection's from its table, any other from the schema. */
function fieldPrice(walk: Walk, def: GraphQLField<unknown, unknown>, path: string, args: Record<string, unknown>, scope: Scope): Price {
  const { introspection } = walk;
  if (scope) return (scope === 'type' ? introspection.type : introspection.schema)[path] ?? { field: introspection.fieldPrice, multiplier: 1 };
  const isList = isListType(isNonNullType(def.type) ? def.type.ofType : def.type);
  return priceOf(def.extensions?.complexity, args, isList, path);
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, scope: Scope): number {
  const def = fieldDef(walk, parent, node);
  if (!def) throw new Unpriceable(`unknown field ${parent.name}.${node.name.value}`);
  if (def === TypeNameMetaFieldDef) return 0;
  const args = def.args.length ? getArgumentValues(def, node, walk.variables) : {};
  checkArguments(def.args, args);
  const inner: Scope = def === SchemaMetaFieldDef ? 'schema' : def === TypeMetaFieldDef ? 'type' : scope;
  const price = fieldPrice(walk, def, `${parent.name}.${def.name}`, args, inner);
  const named = getNamedType(def.type);
  const sub = node.selectionSet && isCompositeType(named) ? selectionCost(walk, node.selectionSet, named, inner) : 0;
  return price.field + price.multiplier * sub;
}

function compositeType(walk: Walk, name: string): GraphQLCompositeType {
  const type = walk.schema.getType(name);
  if (!type || !isCompositeType(type)) throw new Unpriceable('a fragment on an unknown type');
  return type;
}

function selectionOwnCost(walk: Walk, selection: SelectionNode, type: GraphQLCompositeType, scope: Scope): number {
  if (selection.kind === Kind.FIELD) return fieldCost(walk, type, selection, scope);
  if (selection.kind === Kind.INLINE_FRAGMENT) {
    const on = selection.typeCondition ? compositeType(walk, selection.typeCondition.name.value) : type;
    return selectionCost(walk, selection.selectionSet, on, scope);
  }
  const fragment = walk.fragments[selection.name.value];
  if (!fragment) throw new Unpriceable(`unknown fragment ${selection.name.value}`);
  return selectionCost(walk, fragment.selectionSet, compositeType(walk, fragment.typeCondition.name.value), scope);
}

function selectionCost(walk: Walk, set: SelectionSetNode, type: GraphQLCompositeType, scope: Scope): number {
  const key = scope ? `${type.name} ${scope}` : type.name;
  const known = walk.memo.get(set)?.get(key);
  if (known !== undefined) return known;
  if (walk.active.has(set)) throw new Unpriceable('a fragment spreads itself');
  walk.active.add(set);
  let cost = 0;
  for (const selection of set.selections) if (included(walk, selection)) cost += selectionOwnCost(walk, selection, type, scope);
  walk.active.delete(set);
  if (!Number.isFinite(cost)) throw new Unpriceable('the cost is not a finite number');
  const byType = walk.memo.get(set) ?? new Map<string, number>();
  walk.memo.set(set, byType);
  byType.set(key, cost);
  return cost;
}

/**
 * The cost of the operation, checking each field's list arguments against their declared sizes
 * first. Throws ListTooLong (the caller's), GraphQLError (bad arguments: the caller's) or
 * Unpriceable / anything else (refused as a server-side failure).
 */
export function operationCost(options: CostOptions): number {
  const root = options.schema.getRootType(options.operation.operation);
  if (!root) throw new Unpriceable(`no root type for ${options.operation.operation}`);
  const walk: Walk = { ...options, root, memo: new Map(), active: new Set() };
  return Math.ceil(selectionCost(walk, options.operation.selectionSet, root, undefined));
}
