import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAAL = /^-?\d+(\.\d+)?$/;

function decimaal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && DECIMAAL.test(value.trim())) return value.trim();
  throw new GraphQLError(`"${String(value)}" is geen decimaal getal (bijv. 14.71 of "14.71").`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * An exact decimal number for inputs (hours, euros, percentages): accepts a JSON number or a string such as
 * "14.71", and hands the resolver a string, so the rules compute with it exactly (never binary floating point).
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Exact decimaal getal: 14.71 of "14.71". Punt als decimaalteken, geen duizendtallen.',
  serialize: (value) => decimaal(value),
  parseValue: (value) => decimaal(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING) return decimaal(ast.value);
    throw new GraphQLError('Verwacht een decimaal getal.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
