import { gql } from '@apollo/client';

/** The cursor fields of every list: ask for them as `pageInfo { ...PageInfoVelden }` (see `Connection` in types.ts). */
export const PAGE_INFO = gql`
  fragment PageInfoVelden on PageInfo {
    endCursor
    hasNextPage
  }
`;
