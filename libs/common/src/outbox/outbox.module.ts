import { Global, Module } from '@nestjs/common';
import { JobOutbox } from './job-outbox.service';

@Global()
@Module({ providers: [JobOutbox], exports: [JobOutbox] })
export class OutboxModule {}
