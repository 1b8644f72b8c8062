// A Pothos plugin that records each output field's price in its `extensions.complexity`, where the
// per-request cost check (src/graphql/limits/cost.ts) reads it: the `complexity` field option (a number,
// `{ field, multiplier }`, or a function of the field's arguments), else 1 for a field and, for a
// list, 1 plus 10 times its selection. The same option as @pothos/plugin-complexity, without its
// execution-time machinery, which this API never used (its bundle is within a 150 KiB budget).
import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type InputShapeFromFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from '@pothos/core';

/** A field's price: its own cost, and the multiplier of its selection's cost. */
export type FieldPrice = number | { field?: number; multiplier?: number };
export type FieldPriceOption<Args> = FieldPrice | ((args: Args) => FieldPrice);

/** Unannotated fields: 1; unannotated lists: 1 for the list, 10 times the selection. */
export const DEFAULT_PRICE = 1;
export const DEFAULT_LIST_MULTIPLIER = 10;

export class PricePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const option = (fieldConfig.pothosOptions as { complexity?: FieldPriceOption<unknown> }).complexity;
    const price = option ?? (fieldConfig.type.kind === 'List' ? { field: DEFAULT_PRICE, multiplier: DEFAULT_LIST_MULTIPLIER } : DEFAULT_PRICE);
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, complexity: price } };
  }
}

const pluginName = 'prices';
SchemaBuilder.registerPlugin(pluginName, PricePlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      prices: PricePlugin<Types>;
    }
    interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      /** This field's price for the query cost limit (src/graphql/limits/cost.ts). */
      complexity?: FieldPriceOption<InputShapeFromFields<Args>>;
    }
  }
}
