export * from './data-source-options';
export * from './migrate';
export * from './seed/seed';
export * from './seed/seed-context';
