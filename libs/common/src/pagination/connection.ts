import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Aantal resultaten, maximaal ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first mag hoogstens ${MAX_PAGE_SIZE} zijn` })
  first = 20;

  @Field({ nullable: true, description: 'Cursor uit pageInfo.endCursor van de vorige pagina.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style connection type for a node type: `XConnection { edges { node cursor } pageInfo totalCount }`. */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node) node: T;
    @Field() cursor: string;
  }
  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Offset cursors: opaque to clients, cheap for the bounded result sets we page through. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw AppError.badInput('De cursor "after" is ongeldig; gebruik pageInfo.endCursor.', 'after');
  return Number(match[1]);
}

export function toConnection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(offset + i + 1) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
