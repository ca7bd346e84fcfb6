export * from './pso.entities';
export * from './pso.types';
export * from './pso.checklist';
export * from './dto/pso.input';
export * from './pso.service';
export * from './pso-positie.service';
export * from './pso.processor';
export * from './pso.module';
