export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
}

/** The mail port. Adapters: the outbox table (default) and SMTP. */
export abstract class MailTransport {
  abstract readonly name: string;
  abstract send(mail: OutgoingMail): Promise<void>;
}
