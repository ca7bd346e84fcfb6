export * from './errors';
export * from './rules';
export * from './matching';
export * from './vocabulary';
export * from './geo';
export * from './speeddate';
