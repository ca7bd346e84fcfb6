export * from './mail-transport';
export * from './mail.service';
export * from './mail.module';
export * from './send-mail.processor';
export * from './html';
