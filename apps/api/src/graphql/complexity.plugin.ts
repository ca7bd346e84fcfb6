import { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

/** A list field costs its page size (`first`, or `limit`) times what each item costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = Number(args.first ?? args.limit ?? 0);
  return size > 0 ? 1 + size * Math.max(childComplexity, 1) : undefined;
};

const ESTIMATORS = [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** How many operation costs are remembered. */
const COST_CACHE_SIZE = 1000;
/** Operations with longer variables (a mutation's input, mostly) rarely repeat: they are priced every time. */
const MAX_CACHED_VARIABLES_LENGTH = 1000;

export function complexityPlugin(schemaHost: GraphQLSchemaHost, maxCost: number): ApolloServerPlugin {
  // The schema is fixed, so an operation's cost follows from its query, operation name and variables; the
  // portal sends the same few operations over and over, and pricing one walks its whole document.
  const costs = new LRUCache<string, number>({ max: COST_CACHE_SIZE });

  const costOf = ({ request, queryHash, document }: GraphQLRequestContextDidResolveOperation<object>): number => {
    const variables = JSON.stringify(request.variables ?? {});
    const key = variables.length <= MAX_CACHED_VARIABLES_LENGTH ? `${queryHash}\n${request.operationName ?? ''}\n${variables}` : undefined;
    const cached = key === undefined ? undefined : costs.get(key);
    if (cached !== undefined) return cached;
    let cost: number;
    try {
      cost = getComplexity({
        schema: schemaHost.schema,
        operationName: request.operationName,
        query: document,
        variables: request.variables,
        estimators: ESTIMATORS,
      });
    } catch (err) {
      // Variables that do not fit their types: say which, as GraphQL itself would.
      throw new GraphQLError((err as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    if (key !== undefined) costs.set(key, cost);
    return cost;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const cost = costOf(context);
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
