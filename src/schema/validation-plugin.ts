// A Pothos plugin that validates arguments before a field resolves: an argument's `validate`
// option is a function of its value (as the caller sent it, coerced) and the request's context (the
// catalog the value is checked against) that throws a DomainError when the value is not acceptable. The checks themselves are the domain's (src/resolvers), shared with
// the widget, which runs the same ones on its query parameters. Like @pothos/plugin-validation's
// `validate` option, without a schema library in the bundle.
import SchemaBuilder, {
  BasePlugin,
  type FieldRequiredness,
  type InputShapeFromTypeParam,
  type InputType,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

type Check = (value: unknown, context: unknown) => void;

export class ValidationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const checks: [string, Check][] = [];
    for (const [name, arg] of Object.entries(fieldConfig.args)) {
      const validate = (arg.pothosOptions as { validate?: Check }).validate;
      if (validate) checks.push([name, validate]);
    }
    if (!checks.length) return resolver;
    return (parent, args, context, info) => {
      for (const [name, check] of checks) {
        const value = (args as Record<string, unknown>)[name];
        if (value != null) check(value, context);
      }
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'argumentValidation';
SchemaBuilder.registerPlugin(pluginName, ValidationPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      argumentValidation: ValidationPlugin<Types>;
    }
    interface ArgFieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      Type extends InputType<Types> | [InputType<Types>] = InputType<Types> | [InputType<Types>],
      Req extends FieldRequiredness<Type> = FieldRequiredness<Type>,
    > {
      /** Throws a DomainError (BAD_USER_INPUT) when the value is not acceptable; runs before the resolver. */
      validate?: (value: InputShapeFromTypeParam<Types, Type, true>, context: Types['Context']) => void;
    }
  }
}
