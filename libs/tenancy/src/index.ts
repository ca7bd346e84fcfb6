export * from './tenant.entity';
export * from './gemeente.entity';
export * from './tenancy.service';
export * from './postcode.service';
export * from './tenancy.module';
