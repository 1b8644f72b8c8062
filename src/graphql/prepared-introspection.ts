// Introspection answered by the build: the answers to the introspection documents tools send as
// they are (GraphiQL's first request, graphql-js's default, ...) are computed once from the schema
// by `npm run assets` (scripts/build-introspection.mjs) into ./generated/introspection.mjs, a
// module uploaded beside the Worker's and imported on the first introspection request. A request
// whose document prints as one of them, on this schema, gets that answer instead of executing it
// (~115 KB of introspection: ~9 ms of CPU warm, several times that in a fresh isolate). Everything
// before execution still runs (the limits, the cost, the usage), and everything after it (the
// response cache, the cost in `extensions`). Any other document, another schema, or a module that
// fails to load: executed as always. test/graphql/prepared-introspection.test.ts holds every
// answer equal to the schema's own.
import { type DocumentNode, type ExecutionResult, Kind, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type LogState, logInternal } from '../edge/log.js';
import { schema as certgraphSchema } from '../schema/index.js';
import { asksForIntrospection } from './limits/response-budget.js';

/** The generated module, as `import()` gives it (written in src/app.ts, where workerd resolves it). */
export interface IntrospectionAnswers {
  answers: Record<string, string>;
}
export type LoadIntrospectionAnswers = () => Promise<IntrospectionAnswers>;

/** A document as the build keys it: printed (whitespace, commas and comments do not matter). */
export function canonicalDocument(document: DocumentNode): string {
  return print(document);
}

/** Frozen all the way down: one answer is shared by every request that gets it. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}

export function preparedIntrospection(load: LoadIntrospectionAnswers): Plugin {
  let loaded: Promise<IntrospectionAnswers | null> | undefined;
  /** Each parsed document's key (yoga's parse cache hands the same document for the same text). */
  const keys = new WeakMap<DocumentNode, string>();
  /** The answers parsed so far: at most the module's few documents. */
  const parsed = new Map<string, ExecutionResult>();
  const answerOf = (answers: IntrospectionAnswers, document: DocumentNode): ExecutionResult | undefined => {
    let key = keys.get(document);
    if (key === undefined) {
      key = canonicalDocument(document);
      keys.set(document, key);
    }
    let answer = parsed.get(key);
    if (!answer) {
      const json = Object.hasOwn(answers.answers, key) ? answers.answers[key] : undefined;
      if (json === undefined) return undefined;
      answer = deepFreeze(JSON.parse(json) as ExecutionResult);
      parsed.set(key, answer);
    }
    return answer;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (args.schema !== certgraphSchema || !asksForIntrospection(args.document)) return;
      // The documents have one operation: any name but its own is not this document's run.
      const document: DocumentNode = args.document;
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || (args.operationName != null && args.operationName !== operations[0]?.name?.value)) return;
      // A module that fails to load is logged once (a server bug), and introspection executes as it always could.
      loaded ??= load().catch((error: unknown) => {
        logInternal(error, (args.contextValue as { state?: LogState } | undefined)?.state);
        return null;
      });
      return loaded.then((answers) => {
        const answer = answers && answerOf(answers, args.document);
        // A new result object each time (plugins after this one add to it); its data shared and frozen.
        if (answer) setResultAndStopExecution({ data: answer.data });
      });
    },
  };
}
