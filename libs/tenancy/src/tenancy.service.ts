import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, AppError } from '@matchpunt/common';
import { Repository } from 'typeorm';
import { Gemeente } from './gemeente.entity';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenancyService {
  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(Gemeente) private readonly gemeenten: Repository<Gemeente>,
  ) {}

  async tenant(actor: Actor): Promise<Tenant> {
    const tenant = await this.tenants.findOneBy({ id: actor.tenantId });
    if (!tenant) throw AppError.unauthenticated();
    return tenant;
  }

  gemeentenVan(actor: Actor): Promise<Gemeente[]> {
    return this.gemeenten.find({ where: { tenantId: actor.tenantId }, order: { naam: 'ASC' } });
  }

  async gemeente(actor: Actor, id: string): Promise<Gemeente> {
    const gemeente = await this.gemeenten.findOneBy({ id, tenantId: actor.tenantId });
    if (!gemeente) throw AppError.notFound('Gemeente', id);
    return gemeente;
  }
}
