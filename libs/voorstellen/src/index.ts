export * from './voorstel.enums';
export * from './voorstel.entity';
export * from './voorstel.service';
export * from './voorstellen.module';
