import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Gemeente } from './gemeente.entity';
import { PostcodeService } from './postcode.service';
import { TenancyResolver } from './tenancy.resolver';
import { TenancyService } from './tenancy.service';
import { Tenant } from './tenant.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Tenant, Gemeente])],
  providers: [TenancyService, TenancyResolver, PostcodeService],
  exports: [TenancyService, PostcodeService],
})
export class TenancyModule {}
