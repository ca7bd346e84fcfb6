export * from './functiecreatie.enums';
export * from './functiecreatie-kans.entity';
export * from './functiecreatie.types';
export * from './kans.service';
export * from './kans-beheer.service';
export * from './kans-matching.service';
export * from './functiecreatie.module';
export * from './utils/kans-profiel';
