export * from './infrastructure.module';
export * from './features';
