export * from './vacature.enums';
export * from './vacature-status';
export * from './vacature.entity';
export * from './vacature.service';
export * from './vacatures.module';
