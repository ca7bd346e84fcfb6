import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Answers which of `kandidaatIds` another feature has put in front of this werkgever (a placement there, a
 * proposal, an aanbodskrant edition …). Returns a subset of the ids; it must filter on the tenant itself.
 */
export type ZichtbaarheidsBron = (
  manager: EntityManager,
  tenantId: string,
  werkgeverId: string,
  kandidaatIds: readonly string[],
) => Promise<readonly string[]>;

/**
 * The hook behind "a werkgever may see cards of candidates that are BESCHIKBAAR or that were shown to
 * it": features that show candidates to employers register a source in their module's `onModuleInit`,
 * so this lib never reaches into their tables.
 */
@Injectable()
export class KandidaatZichtbaarheid {
  private readonly bronnen: ZichtbaarheidsBron[] = [];

  registreer(bron: ZichtbaarheidsBron): void {
    if (!this.bronnen.includes(bron)) this.bronnen.push(bron);
  }

  async zichtbaarVoorWerkgever(
    manager: EntityManager,
    tenantId: string,
    werkgeverId: string,
    kandidaatIds: readonly string[],
  ): Promise<Set<string>> {
    const zichtbaar = new Set<string>();
    let rest = [...kandidaatIds];
    for (const bron of this.bronnen) {
      if (rest.length === 0) break;
      for (const id of await bron(manager, tenantId, werkgeverId, rest)) zichtbaar.add(id);
      rest = rest.filter((id) => !zichtbaar.has(id));
    }
    return zichtbaar;
  }
}
