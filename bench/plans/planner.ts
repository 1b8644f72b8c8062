// Execution plans compiled to closures: a small planner that walks a document once against the
// schema and returns a tree of closures that call the schema's resolvers directly (the schema
// object's own `field.resolve`, so every Pothos and certgraph wrapper still runs). Per request it
// coerces the variables (graphql-js's getVariableValues), then runs the tree with the executor's
// semantics (@graphql-tools/executor, what yoga runs): field errors located and nulled, null
// propagated through non-null fields, lists and leaves completed and serialized as it does.
// No code is made from strings: closures only, so it runs in a Worker.
//
// What it does not plan (compilePlan returns null, the caller executes as before): operations
// other than queries, any directive in the operation (@skip, @include, @defer, @stream), and
// introspection (__schema, __type). At run time, what it does not reproduce byte for byte (a
// variable coercion error, a leaf that serializes to null, an abstract type that resolves to a
// wrong type, an isTypeOf that says no) marks the run `unplanned`: the caller discards the
// plan's result and executes the request as before. See test/graphql/execution-plans.test.ts.
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLBoolean,
  GraphQLError,
  type GraphQLField,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLString,
  getArgumentValues,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

interface Path {
  readonly prev: Path | undefined;
  readonly key: string | number;
  readonly typename: string | undefined;
}

/** One request's run of a plan. */
interface Run {
  rootValue: unknown;
  contextValue: unknown;
  variableValues: Record<string, unknown>;
  errors: GraphQLError[];
  /** Set when the run met something the plan does not reproduce: its result is not used. */
  unplanned: boolean;
}

/** Completes a resolved value of one output type: the value, a promise of it, or throws. */
type Complete = (run: Run, value: unknown, path: Path, info: GraphQLResolveInfo) => unknown;

interface FieldPlan {
  key: string;
  fieldName: string;
  nodes: readonly FieldNode[];
  parentType: GraphQLObjectType;
  returnType: GraphQLOutputType;
  /** The field's resolver (the schema's), or null for __typename. */
  resolve: GraphQLField<unknown, unknown>['resolve'] | null;
  def: GraphQLField<unknown, unknown> | null;
  /** The arguments when they use no variable (computed once, frozen), else null. */
  constantArgs: Record<string, unknown> | null;
  complete: Complete;
}

interface Shared {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
}

export interface ExecuteArgs {
  rootValue?: unknown;
  contextValue?: unknown;
  variableValues?: Record<string, unknown> | null;
}

export interface Plan {
  /** The result, or null when this run is one the plan does not reproduce (execute it as before). */
  execute(args: ExecuteArgs): ExecutionResult | null | Promise<ExecutionResult | null>;
}

/** Why a document is not planned (not an error: the caller executes it as before). */
class NotPlanned extends Error {}

const isPromise = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';

const pathToArray = (path: Path | undefined): (string | number)[] => {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.prev) out.push(p.key);
  return out.reverse();
};

/** As @graphql-tools/executor's coerceError: what a resolver threw, as an Error. */
function coerceError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    const e = error as { message: string; cause?: unknown; stack?: unknown; name?: unknown };
    const coerced = new Error(e.message, 'cause' in e ? { cause: e.cause } : undefined);
    if (typeof e.stack === 'string') coerced.stack = e.stack;
    if (typeof e.name === 'string') coerced.name = e.name;
    return coerced;
  }
  return new Error(String(error));
}

/** A field error: nulls the field when it may be null (recorded), else propagates to its parent. */
function fieldError(run: Run, raw: unknown, nodes: readonly FieldNode[], path: Path, type: GraphQLOutputType): null {
  const error = locatedError(coerceError(raw), nodes, pathToArray(path));
  if (isNonNullType(type)) throw error;
  run.errors.push(error);
  return null;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function usesVariables(node: { kind: string }): boolean {
  if (node.kind === Kind.VARIABLE) return true;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      if (value.some((v) => v && typeof v === 'object' && 'kind' in v && usesVariables(v))) return true;
    } else if (value && typeof value === 'object' && 'kind' in value && usesVariables(value as { kind: string })) return true;
  }
  return false;
}

class Planner {
  constructor(private readonly shared: Shared) {}

  /** The fields a selection (merged over its nodes) asks of an object type, by response key, in order. */
  collect(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const walk = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.directives?.length) throw new NotPlanned('a directive');
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list) list.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.matches(selection.typeCondition?.name.value, type)) walk(selection.selectionSet);
        } else {
          const name = selection.name.value;
          if (visited.has(name)) continue;
          visited.add(name);
          const fragment = this.shared.fragments[name];
          if (!fragment) throw new NotPlanned(`no fragment ${name}`);
          if (fragment.directives?.length) throw new NotPlanned('a directive');
          if (this.matches(fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
        }
      }
    };
    for (const set of selectionSets) walk(set);
    return fields;
  }

  matches(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined || condition === type.name) return true;
    const conditional = this.shared.schema.getType(condition);
    return !!conditional && isAbstractType(conditional) && this.shared.schema.isSubType(conditional, type);
  }

  /** The plan of a selection on an object type: one FieldPlan per response key. */
  fields(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): FieldPlan[] {
    const plans: FieldPlan[] = [];
    for (const [key, nodes] of this.collect(type, selectionSets)) {
      if (key === '__proto__') throw new NotPlanned('a key named __proto__');
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        plans.push({
          key,
          fieldName: name,
          nodes,
          parentType: type,
          returnType: GraphQLString,
          resolve: null,
          def: null,
          constantArgs: null,
          complete: (_run, value) => value,
        });
        continue;
      }
      if (name.startsWith('__')) throw new NotPlanned('introspection');
      const def = type.getFields()[name];
      if (!def) throw new NotPlanned(`no field ${type.name}.${name}`);
      const node = nodes[0]!;
      let constantArgs: Record<string, unknown> | null = null;
      if (!node.arguments?.some(usesVariables)) {
        try {
          constantArgs = deepFreeze(getArgumentValues(def, node, {}));
        } catch {
          constantArgs = null;
        }
      }
      const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      plans.push({
        key,
        fieldName: name,
        nodes,
        parentType: type,
        returnType: def.type,
        resolve: def.resolve ?? null,
        def,
        constantArgs,
        complete: this.complete(def.type, nodes, subSets, type, name),
      });
    }
    return plans;
  }

  /** The completion of a value of `type` (with its wrappers), as the executor's completeValue. */
  complete(
    type: GraphQLOutputType,
    nodes: readonly FieldNode[],
    subSets: readonly SelectionSetNode[],
    parentType: GraphQLObjectType,
    fieldName: string,
  ): Complete {
    if (isNonNullType(type)) {
      const inner = this.complete(type.ofType, nodes, subSets, parentType, fieldName);
      const message = `Cannot return null for non-nullable field ${parentType.name}.${fieldName}.`;
      return (run, value, path, info) => {
        if (value instanceof Error) throw value;
        const completed = inner(run, value, path, info);
        if (completed === null) throw new Error(message);
        return completed;
      };
    }
    const nullable = this.completeNullable(type, nodes, subSets, parentType, fieldName);
    return (run, value, path, info) => {
      if (value instanceof Error) throw value;
      if (value == null) return null;
      return nullable(run, value, path, info);
    };
  }

  completeNullable(
    type: Exclude<GraphQLOutputType, { ofType: unknown }> | GraphQLOutputType,
    nodes: readonly FieldNode[],
    subSets: readonly SelectionSetNode[],
    parentType: GraphQLObjectType,
    fieldName: string,
  ): Complete {
    if (isListType(type)) return this.completeList(type.ofType, nodes, subSets, parentType, fieldName);
    if (isLeafType(type)) return completeLeaf(type);
    if (isAbstractType(type)) {
      const byType = new Map<string, Complete>();
      return (run, value, path, info) => {
        const name = type.resolveType?.(value, run.contextValue, info, type);
        const runtime = typeof name === 'string' ? this.shared.schema.getType(name) : undefined;
        if (!runtime || !isObjectType(runtime) || !this.shared.schema.isSubType(type, runtime)) {
          run.unplanned = true;
          throw new Error('unplanned: an abstract type that did not resolve to one of its types');
        }
        let completeAs = byType.get(runtime.name);
        if (!completeAs) {
          completeAs = this.completeObject(runtime, subSets);
          byType.set(runtime.name, completeAs);
        }
        return completeAs(run, value, path, info);
      };
    }
    if (isObjectType(type)) return this.completeObject(type, subSets);
    throw new NotPlanned(`an output type ${String(type)}`);
  }

  completeObject(type: GraphQLObjectType, subSets: readonly SelectionSetNode[]): Complete {
    const fields = this.fields(type, subSets);
    const shared = this.shared;
    if (!type.isTypeOf) return (run, value, path) => executeFields(run, shared, fields, value, path);
    const isTypeOf = type.isTypeOf;
    return (run, value, path, info) => {
      if (isTypeOf(value, run.contextValue, info) !== true) {
        run.unplanned = true;
        throw new Error('unplanned: isTypeOf');
      }
      return executeFields(run, shared, fields, value, path);
    };
  }

  completeList(
    itemType: GraphQLOutputType,
    nodes: readonly FieldNode[],
    subSets: readonly SelectionSetNode[],
    parentType: GraphQLObjectType,
    fieldName: string,
  ): Complete {
    const item = this.complete(itemType, nodes, subSets, parentType, fieldName);
    const message = `Expected Iterable, but did not find one for field "${parentType.name}.${fieldName}".`;
    return (run, value, path, info) => {
      if (typeof value !== 'object' || value === null || typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function') {
        throw new GraphQLError(message);
      }
      if (Symbol.asyncIterator in value) {
        run.unplanned = true;
        throw new Error('unplanned: an async iterable');
      }
      const out: unknown[] = [];
      let containsPromise = false;
      let index = 0;
      for (const element of value as Iterable<unknown>) {
        const itemPath: Path = { prev: path, key: index++, typename: undefined };
        try {
          const completed = isPromise(element) ? element.then((resolved) => item(run, resolved, itemPath, info)) : item(run, element, itemPath, info);
          if (isPromise(completed)) {
            containsPromise = true;
            out.push(completed.then(undefined, (raw) => fieldError(run, raw, nodes, itemPath, itemType)));
          } else out.push(completed);
        } catch (raw) {
          out.push(fieldError(run, raw, nodes, itemPath, itemType));
        }
      }
      return containsPromise ? Promise.all(out) : out;
    };
  }
}

/** A leaf's serialization; the built-in scalars' common case without the call. */
function completeLeaf(type: GraphQLLeafType): Complete {
  const serialize = (value: unknown) => {
    let serialized: unknown;
    try {
      serialized = type.serialize(value);
    } catch (error) {
      if (error instanceof GraphQLError) throw new Error(error.message);
      throw error;
    }
    return serialized;
  };
  const checked: Complete = (run, value) => {
    const serialized = serialize(value);
    if (serialized == null) {
      run.unplanned = true;
      throw new Error('unplanned: a leaf that serialized to null');
    }
    return serialized;
  };
  if (type === GraphQLString || type === GraphQLID) return (run, value, path, info) => (typeof value === 'string' ? value : checked(run, value, path, info));
  if (type === GraphQLBoolean) return (run, value, path, info) => (typeof value === 'boolean' ? value : checked(run, value, path, info));
  if (type === GraphQLFloat) return (run, value, path, info) => (typeof value === 'number' && Number.isFinite(value) ? value : checked(run, value, path, info));
  if (type === GraphQLInt) {
    return (run, value, path, info) =>
      typeof value === 'number' && Number.isInteger(value) && value <= 2147483647 && value >= -2147483648 ? value : checked(run, value, path, info);
  }
  return checked;
}

function executeField(run: Run, shared: Shared, plan: FieldPlan, source: unknown, path: Path): unknown {
  const info: GraphQLResolveInfo = {
    fieldName: plan.fieldName,
    fieldNodes: plan.nodes,
    returnType: plan.returnType,
    parentType: plan.parentType,
    path,
    schema: shared.schema,
    fragments: shared.fragments,
    rootValue: run.rootValue,
    operation: shared.operation,
    variableValues: run.variableValues,
  };
  try {
    let result: unknown;
    if (plan.def === null) result = plan.parentType.name;
    else {
      const args = plan.constantArgs ?? getArgumentValues(plan.def, plan.nodes[0]!, run.variableValues);
      result = plan.resolve ? plan.resolve(source, args, run.contextValue, info) : defaultResolve(source, args, run.contextValue, info);
    }
    const completed = isPromise(result) ? result.then((resolved) => plan.complete(run, resolved, path, info)) : plan.complete(run, result, path, info);
    if (isPromise(completed)) return completed.then(undefined, (raw) => fieldError(run, raw, plan.nodes, path, plan.returnType));
    return completed;
  } catch (raw) {
    return fieldError(run, raw, plan.nodes, path, plan.returnType);
  }
}

/** graphql-js's defaultFieldResolver. */
function defaultResolve(source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo): unknown {
  if ((typeof source === 'object' && source !== null) || typeof source === 'function') {
    const property = (source as Record<string, unknown>)[info.fieldName];
    if (typeof property === 'function') return (property as (...a: unknown[]) => unknown).call(source, args, context, info);
    return property;
  }
  return undefined;
}

function executeFields(run: Run, shared: Shared, fields: readonly FieldPlan[], source: unknown, path: Path | undefined): unknown {
  const out: Record<string, unknown> = {};
  let pending: Promise<unknown>[] | null = null;
  try {
    for (const plan of fields) {
      const value = executeField(run, shared, plan, source, { prev: path, key: plan.key, typename: plan.parentType.name });
      out[plan.key] = value;
      if (isPromise(value)) {
        pending ??= [];
        pending.push(
          Promise.resolve(value).then((v) => {
            out[plan.key] = v;
          }),
        );
      }
    }
  } catch (error) {
    if (pending) {
      return Promise.allSettled(pending).then(() => {
        throw error;
      });
    }
    throw error;
  }
  return pending ? Promise.all(pending).then(() => out) : out;
}

/**
 * The plan of a document's operation against a schema, or null when the planner does not plan
 * it (see the top of this file): the caller then executes it as before.
 */
export function compilePlan(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan | null {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (operationName == null) {
        if (operation) return null;
        operation = definition;
      } else if (definition.name?.value === operationName) operation = definition;
    }
  }
  if (operation?.operation !== 'query' || operation.directives?.length) return null;
  const root = schema.getQueryType();
  if (!root) return null;
  const shared: Shared = { schema, fragments, operation };
  let rootFields: FieldPlan[];
  try {
    rootFields = new Planner(shared).fields(root, [operation.selectionSet]);
  } catch (error) {
    if (error instanceof NotPlanned) return null;
    throw error;
  }
  const definitions = operation.variableDefinitions ?? [];
  return {
    execute({ rootValue, contextValue, variableValues }) {
      const coerced = getVariableValues(schema, definitions, variableValues ?? {}, { maxErrors: 50 });
      // A coercion error is answered by the executor itself (its wording, its status).
      if (coerced.errors) return null;
      const run: Run = { rootValue, contextValue, variableValues: coerced.coerced, errors: [], unplanned: false };
      const finish = (data: unknown): ExecutionResult | null => {
        if (run.unplanned) return null;
        return run.errors.length === 0 ? { data: data as ExecutionResult['data'] } : { errors: run.errors, data: data as ExecutionResult['data'] };
      };
      const failed = (error: unknown): ExecutionResult | null => {
        run.errors.push(error as GraphQLError);
        return finish(null);
      };
      let data: unknown;
      try {
        data = executeFields(run, shared, rootFields, rootValue, undefined);
      } catch (error) {
        return failed(error);
      }
      return isPromise(data) ? Promise.resolve(data).then(finish, failed) : finish(data);
    },
  };
}
