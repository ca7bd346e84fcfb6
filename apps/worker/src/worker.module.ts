import { Module } from '@nestjs/common';
import { JobdateProcessor, SpeeddateProcessor } from '@matchpunt/events';
import { AanbodskrantProcessor } from '@matchpunt/aanbodskrant';
import { DocumentProcessor } from '@matchpunt/calculatie';
import { OutboxRelayProcessor } from '@matchpunt/common';
import { SendMailProcessor } from '@matchpunt/mail';
import { FEATURE_MODULES, InfrastructureModule } from '@matchpunt/platform';
import { PsoProcessor } from '@matchpunt/pso';
import { IndexDocumentsProcessor } from '@matchpunt/search';
import { SroiProcessor } from '@matchpunt/sroi';

/** The BullMQ processors; no HTTP. Feature modules provide the services the processors call. */
export const PROCESSORS = [OutboxRelayProcessor, SendMailProcessor, IndexDocumentsProcessor, DocumentProcessor, SroiProcessor, PsoProcessor, AanbodskrantProcessor, JobdateProcessor, SpeeddateProcessor];

@Module({
  imports: [InfrastructureModule, ...FEATURE_MODULES],
  providers: PROCESSORS,
})
export class WorkerModule {}
