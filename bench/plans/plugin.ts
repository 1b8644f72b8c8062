// A yoga (envelop) plugin that executes a known document by its plan (./planner.ts): for a request
// whose query text is one of the known documents, `execute` becomes the plan's, compiled once per
// document and operation; everything else, and any run the plan does not reproduce, executes as
// before (the executor the plugin found). Every other plugin's onExecute and onExecuteDone still
// run: the plugin replaces the executor only (setExecuteFn), never the result.
import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { compilePlan, type Plan } from './planner.js';

export interface ExecutionPlansOptions {
  /** Whether a query text is a known document (one the product sends itself). */
  isKnown: (query: string) => boolean;
  /** Counted here when given: requests their plan answered, and known documents yoga executed. */
  counts?: { planned: number; unplanned: number };
}

export function executionPlans({ isKnown, counts }: ExecutionPlansOptions): Plugin {
  const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  const planOf = (args: ExecutionArgs): Plan | null => {
    let byOperation = plans.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      plans.set(args.document, byOperation);
    }
    const key = args.operationName ?? '';
    let plan = byOperation.get(key);
    if (plan === undefined) {
      plan = compilePlan(args.schema, args.document, args.operationName);
      byOperation.set(key, plan);
    }
    return plan;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const query = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params?.query;
      if (typeof query !== 'string' || !isKnown(query)) return;
      const plan = planOf(args);
      if (!plan) {
        if (counts) counts.unplanned++;
        return;
      }
      const executor = executeFn as (a: ExecutionArgs) => unknown;
      const fallback = (a: ExecutionArgs) => {
        if (counts) counts.unplanned++;
        return executor(a);
      };
      setExecuteFn(((a: ExecutionArgs) => {
        const result = plan.execute(a);
        if (result === null) return fallback(a);
        if (result instanceof Promise) return result.then((r: ExecutionResult | null) => r ?? fallback(a));
        if (counts) counts.planned++;
        return result;
      }) as typeof executeFn);
    },
  };
}
