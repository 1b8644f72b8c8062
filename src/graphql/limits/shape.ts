// The query's shape, with graphql-armor's plugins: tokens (counted inside the parser, which stops at
// the limit), aliases, directives and depth (introspection exempt). They depend on the document
// alone, so they may be cached with it (yoga's validation cache). Each refusal names the limit
// and the query's own figure, as armor counts it.
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type ASTVisitor, type GraphQLError, type ValidationContext, visit } from 'graphql';
import { DomainError, tagAsCallersMistake } from '../../resolvers/errors.js';
import { REQUEST_ERROR_HTTP } from '../masking.js';
import { LIMITS } from './figures.js';

type ShapeLimit = 'tokens' | 'aliases' | 'directives' | 'depth';
type ArmorRule = (options: {
  n: number;
  ignoreIntrospection?: boolean;
  allowList?: string[];
  onAccept: ((ctx: unknown, details: { n: number }) => void)[];
}) => (context: ValidationContext) => ASTVisitor;

const SHAPE_WORDS: Record<ShapeLimit, string> = { tokens: 'Token', aliases: 'Aliases', directives: 'Directives', depth: 'Query depth' };

/**
 * The query's own figure for a limit it broke, as armor counts it: armor's rule run again on the
 * document with no limit, reporting through its own onAccept callback (armor's onReject carries
 * only an English message, which is not parsed).
 */
function figureOf(rule: ArmorRule, context: ValidationContext, ignoreIntrospection?: boolean): number | undefined {
  let figure: number | undefined;
  const onAccept = [
    (_ctx: unknown, { n }: { n: number }) => {
      figure = Math.max(figure ?? 0, n);
    },
  ];
  visit(context.getDocument(), rule({ n: Number.POSITIVE_INFINITY, ignoreIntrospection, allowList: [], onAccept })(context));
  return figure;
}

/** armor's onReject: the refusal tagged, in armor's own callback, with what it means for the caller. */
function tagRefusal(limit: ShapeLimit, rule?: ArmorRule, ignoreIntrospection?: boolean) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const requested = rule && context ? figureOf(rule, context, ignoreIntrospection) : undefined;
      const found = requested === undefined ? '.' : `, found ${requested}.`;
      const message = `Query too complex: ${SHAPE_WORDS[limit]} limit of ${LIMITS[limit]} exceeded${found}`;
      tagAsCallersMistake(
        error,
        new DomainError('QUERY_TOO_COMPLEX', message, {
          limit,
          max: LIMITS[limit],
          ...(requested === undefined ? {} : { requested }),
          // Refused before execution, whatever the limit and whether the refusal was cached with the document.
          http: REQUEST_ERROR_HTTP,
        }),
      );
    },
  ];
}

// graphql-armor's plugins one by one (its umbrella package also bundles the protections we leave
// off). Field suggestions ("Did you mean …?") stay on: the schema is public, introspection is on.
export const shapeLimits = [
  maxTokensPlugin({ n: LIMITS.tokens, onReject: tagRefusal('tokens') }),
  // Every alias counts, `__typename` ones too (graphql-armor exempts them by default): each is a
  // key and a value in the response, and 600 of them in a list of lists were 123 MB.
  maxAliasesPlugin({ n: LIMITS.aliases, allowList: [], onReject: tagRefusal('aliases', maxAliasesRule as ArmorRule) }),
  maxDirectivesPlugin({ n: LIMITS.directives, onReject: tagRefusal('directives', maxDirectivesRule as ArmorRule) }),
  maxDepthPlugin({ n: LIMITS.depth, ignoreIntrospection: true, onReject: tagRefusal('depth', maxDepthRule as ArmorRule, true) }),
];
