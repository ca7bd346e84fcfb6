export * from './plaatsing.enums';
export * from './plaatsing.entity';
export * from './dto/plaatsing.inputs';
export * from './duurzaamheid.types';
export * from './plaatsing.service';
export * from './duurzaamheid.service';
export * from './plaatsingen.module';
