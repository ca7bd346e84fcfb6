export * from './vacature.enums';
export * from './vacature-status';
export * from './vacature.entity';
export * from './vacature.service';
export * from './vacature-beheer.service';
export * from './vacatures.module';
