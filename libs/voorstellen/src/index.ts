export * from './voorstel.enums';
export * from './voorstel.entity';
export * from './dto/voorstel.inputs';
export * from './voorstel.service';
export * from './voorstel-query.service';
export * from './voorstel-pipeline.service';
export * from './voorstel-reactie.service';
export * from './voorstellen.module';
