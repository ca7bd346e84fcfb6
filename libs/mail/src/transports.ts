import { createTransport, Transporter } from 'nodemailer';
import { MailAttachment, MailTransport, OutgoingMail } from './mail-transport';

/** Keeps mail in the mail_outbox table (marked VERZONDEN by the processor): for development and demos. */
export class OutboxTransport extends MailTransport {
  readonly name = 'outbox';
  async send(): Promise<void> {
    // The row already holds the whole message; marking it sent is the delivery.
  }
}

export class SmtpTransport extends MailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport(url);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<${mail.id}@matchpunt>`,
      attachments: mail.attachments.map((a: MailAttachment) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content, 'base64'),
      })),
    });
  }
}
