import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

function object(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError('Verwacht een JSON-object.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value as Record<string, unknown>;
}

/** A JSON object (the body of a parameter set). */
export const JsonObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'Een JSON-object.',
  serialize: (value) => object(value),
  parseValue: (value) => object(value),
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError('Verwacht een JSON-object.', { extensions: { code: 'BAD_USER_INPUT' } });
    return object(valueFromASTUntyped(ast, variables));
  },
});
