import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** A list field costs its page size (`first`, or `limit`) times what each item costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = Number(args.first ?? args.limit ?? 0);
  return size > 0 ? 1 + size * Math.max(childComplexity, 1) : undefined;
};

export function complexityPlugin(schemaHost: GraphQLSchemaHost, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema: schemaHost.schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // Variables that do not fit their types: say which, as GraphQL itself would.
            throw new GraphQLError((err as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`De query kost ${cost} punten; het maximum is ${maxCost}. Vraag minder velden of kleinere pagina's op.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
