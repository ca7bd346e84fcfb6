export * from './user.entity';
export * from './auth.service';
export * from './token.service';
export * from './auth.module';
export * from './password';
