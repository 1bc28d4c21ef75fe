type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A response schema rewritten for fast-json-stringify. TypeBox writes a
 * nullable field as `anyOf: [X, null]` and a union of words as `anyOf` of
 * consts; fast-json-stringify picks an `anyOf` branch by running Ajv on the
 * value at every serialization, which made GET /session three times
 * slower. `type: [X, 'null']` and a plain string say the same for output
 * and serialize without validation. Request schemas are left as they are.
 */
export function serializable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializable);
  if (!isSchema(schema)) return schema;

  const anyOf = schema.anyOf;
  if (Array.isArray(anyOf) && anyOf.every(isSchema)) {
    const { anyOf: _, ...rest } = schema;
    const others = anyOf.filter((branch) => branch.type !== 'null');
    const nullable = others.length === anyOf.length - 1 && others.length > 0;
    const [only] = others;
    if (others.length === 1 && only && typeof only.type === 'string') {
      const single = serializable(only) as Schema;
      return { ...rest, ...single, type: nullable ? [only.type, 'null'] : only.type };
    }
    if (others.every((branch) => branch.type === 'string' && 'const' in branch)) {
      return { ...rest, type: nullable ? ['string', 'null'] : 'string' };
    }
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, serializable(value)]),
  );
}
