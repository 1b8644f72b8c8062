// What one request's operation will cost, with its own variables, before anything executes; and
// whether every list argument is within its declared size. Run per request (never cached with
// the document), so a cost that depends on variables is the cost of this request.
//
// Prices come from the schema: each field's `extensions.complexity` (set through the price
// plugin in src/schema: a number, `{ field, multiplier }`, or a function of the arguments), and
// for introspection the table below, from the schema's own sizes. A field costs its own price plus
// its selection's cost times its multiplier: the most items its list can hold (src/schema/costs.ts),
// so that the price is an upper bound of the work and of the response, however lists nest. A list
// of values costs a unit per value; `__typename` costs a unit like any field; a long alias, a unit
// more per 64 characters. Fields that @skip/@include leave out are not priced: they do not run.
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
import { grouped } from '../../resolvers/text.js';

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
    super(`\`${argument}\` takes at most ${grouped(max)} values; got ${grouped(size)}.${hint ? ` ${hint}` : ''}`);
  }
}

/** What an introspection field costs: as much as a plain field (measured: bench/prices.mjs). */
export const INTROSPECTION_FIELD_PRICE = 1;

/** What `__typename` costs: a key and a value in the response, as any field. */
export const TYPENAME_PRICE = 1;
/** A field's key (its alias) costs a unit more for every this many characters (no field's name is as long). */
export const KEY_CHARS_PER_UNIT = 64;

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
 * Introspection's prices: each field at `fieldPrice`, each list by the schema's own sizes, so that
 * the price is an upper bound of what the query reads. Where a query enumerates the whole schema
 * (`__schema { types { fields { args } } }`), a list is priced at its average over all its parents:
 * the parents are then every type (or field), and the sum is exact. A type reached on its own
 * (`__type(name:)`, a field's type, an interface) may be the largest: its lists are priced at their
 * largest. A type reference's `ofType` chain, reached from an enumeration, is priced hop by hop at
 * the share of the schema's references wrapped that deep (exact for the enumeration, whatever depth
 * the query asks); reached on its own, each hop at 1.
 */
export interface IntrospectionPrices {
  fieldPrice: number;
  types: number;
  directives: number;
  /** `Type.list` -> its average size over every parent in the schema, and its largest. */
  average: Record<string, number>;
  largest: Record<string, number>;
  /** ofType[k]: of the references wrapped at least k deep, the largest share wrapped k + 1 deep (by kind of reference). */
  ofType: number[];
}

const INTROSPECTION_LISTS = [
  '__Type.fields',
  '__Type.inputFields',
  '__Type.enumValues',
  '__Type.interfaces',
  '__Type.possibleTypes',
  '__Field.args',
  '__Directive.args',
  '__Directive.locations',
] as const;

export function introspectionPrices(schema: GraphQLSchema, fieldPrice: number): IntrospectionPrices {
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const sizes: Record<string, number[]> = Object.fromEntries(INTROSPECTION_LISTS.map((name) => [name, []]));
  const depthOf = (t: unknown): number => (isNonNullType(t) || isListType(t) ? 1 + depthOf((t as { ofType: unknown }).ofType) : 0);
  // Wrapping depths of the schema's type references, by kind: output fields, field arguments,
  // input fields, directive arguments.
  const refs: Record<string, number[]> = { fields: [], args: [], inputFields: [], directiveArgs: [] };
  for (const t of types) {
    const fields = isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [];
    sizes['__Type.fields']!.push(fields.length);
    for (const f of fields) {
      sizes['__Field.args']!.push(f.args.length);
      refs.fields!.push(depthOf(f.type));
      for (const a of f.args) refs.args!.push(depthOf(a.type));
    }
    sizes['__Type.interfaces']!.push(isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0);
    sizes['__Type.possibleTypes']!.push(isInterfaceType(t) ? schema.getPossibleTypes(t).length : isUnionType(t) ? t.getTypes().length : 0);
    const inputs = isInputObjectType(t) ? Object.values(t.getFields()) : [];
    sizes['__Type.inputFields']!.push(inputs.length);
    for (const f of inputs) refs.inputFields!.push(depthOf(f.type));
    sizes['__Type.enumValues']!.push(isEnumType(t) ? t.getValues().length : 0);
  }
  for (const d of directives) {
    sizes['__Directive.args']!.push(d.args.length);
    sizes['__Directive.locations']!.push(d.locations.length);
    for (const a of d.args) refs.directiveArgs!.push(depthOf(a.type));
  }
  const average: Record<string, number> = {};
  const largest: Record<string, number> = {};
  for (const [name, xs] of Object.entries(sizes)) {
    average[name] = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    largest[name] = Math.max(0, ...xs);
  }
  const deepest = Math.max(0, ...Object.values(refs).flat());
  const ofType: number[] = [];
  for (let k = 0; k < deepest; k++) {
    let share = 0;
    for (const depths of Object.values(refs)) {
      const atLeast = depths.filter((d) => d >= k).length;
      if (atLeast) share = Math.max(share, depths.filter((d) => d >= k + 1).length / atLeast);
    }
    ofType.push(share);
  }
  return { fieldPrice, types: types.length, directives: directives.length, average, largest, ofType };
}

/**
 * Where an introspection field stands: in an enumeration of the whole schema ('all'); on one type
 * on its own ('one'; 'named' when it is a named type, whose `ofType` is null); or on a type
 * reference reached from an enumeration, k hops down its `ofType` chain (a number).
 */
type IntrospectionScope = 'all' | 'one' | 'named' | number;

/** An introspection field's price and the scope of its selection. */
function introspectionPrice(prices: IntrospectionPrices, scope: IntrospectionScope, path: string): { price: Price; next: IntrospectionScope } {
  const field = prices.fieldPrice;
  const whole = scope === 'all';
  switch (path) {
    case 'Query.__schema':
      return { price: { field, multiplier: 1 }, next: 'all' };
    case 'Query.__type':
      return { price: { field, multiplier: 1 }, next: 'one' };
    case '__Schema.types':
      return { price: { field, multiplier: prices.types }, next: 'all' };
    case '__Schema.directives':
      return { price: { field, multiplier: prices.directives }, next: 'all' };
    case '__Schema.queryType':
    case '__Schema.mutationType':
    case '__Schema.subscriptionType':
    case '__Type.interfaces':
    case '__Type.possibleTypes':
      return { price: { field, multiplier: path.startsWith('__Schema') ? 1 : whole ? prices.average[path]! : prices.largest[path]! }, next: 'named' };
    case '__Type.fields':
    case '__Type.inputFields':
    case '__Type.enumValues':
    case '__Field.args':
    case '__Directive.args':
    case '__Directive.locations':
      return { price: { field, multiplier: whole ? prices.average[path]! : prices.largest[path]! }, next: whole ? 'all' : 'one' };
    case '__Field.type':
    case '__InputValue.type':
      return { price: { field, multiplier: 1 }, next: whole ? 0 : 'one' };
    case '__Type.ofType':
      if (scope === 'all' || scope === 'named') return { price: { field, multiplier: 0 }, next: 'named' };
      if (scope === 'one') return { price: { field, multiplier: 1 }, next: 'one' };
      return { price: { field, multiplier: prices.ofType[scope] ?? 0 }, next: scope + 1 };
    default:
      // A field of one object (a name, a description, an enum value's flags): no list.
      return { price: { field, multiplier: 1 }, next: scope };
  }
}

export interface CostOptions {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** Coerced variable values (graphql-js `getVariableValues`). */
  variables: Record<string, unknown>;
  introspection: IntrospectionPrices;
}

/** Where a field stands in introspection; outside it, undefined. */
type Scope = IntrospectionScope | undefined;

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

/** A field's price and the scope of its selection: introspection's from the schema's sizes, any other from the schema. */
function fieldPrice(
  walk: Walk,
  def: GraphQLField<unknown, unknown>,
  path: string,
  args: Record<string, unknown>,
  scope: Scope,
): { price: Price; inner: Scope } {
  if (scope !== undefined || def === SchemaMetaFieldDef || def === TypeMetaFieldDef) {
    const { price, next } = introspectionPrice(walk.introspection, scope ?? 'all', path);
    return { price, inner: next };
  }
  const isList = isListType(isNonNullType(def.type) ? def.type.ofType : def.type);
  return { price: priceOf(def.extensions?.complexity, args, isList, path), inner: scope };
}

function fieldCost(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, scope: Scope): number {
  const def = fieldDef(walk, parent, node);
  if (!def) throw new Unpriceable(`unknown field ${parent.name}.${node.name.value}`);
  // A long alias is a long key in every object that holds it: priced by its length too.
  const keyPrice = Math.floor((node.alias ?? node.name).value.length / KEY_CHARS_PER_UNIT);
  // `__typename` is a field like any other: it takes a key and a value in the response.
  if (def === TypeNameMetaFieldDef) return TYPENAME_PRICE + keyPrice;
  const args = def.args.length ? getArgumentValues(def, node, walk.variables) : {};
  checkArguments(def.args, args);
  const { price, inner } = fieldPrice(walk, def, `${parent.name}.${def.name}`, args, scope);
  const named = getNamedType(def.type);
  const isList = isListType(isNonNullType(def.type) ? def.type.ofType : def.type);
  // A list of values (strings, enums, numbers) costs a unit per value, as a field would.
  const sub = node.selectionSet && isCompositeType(named) ? selectionCost(walk, node.selectionSet, named, inner) : isList ? 1 : 0;
  return price.field + keyPrice + price.multiplier * sub;
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
  const key = scope === undefined ? type.name : `${type.name} ${scope}`;
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
