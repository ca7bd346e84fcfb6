import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@matchpunt/common';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { OutboxTransport, SmtpTransport } from './transports';

@Global()
@Module({
  providers: [
    MailService,
    {
      provide: MailTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.SMTP_URL ? new SmtpTransport(config.SMTP_URL) : new OutboxTransport()),
    },
  ],
  exports: [MailService, MailTransport],
})
export class MailModule {}
