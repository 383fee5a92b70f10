export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** DI token and port: sends email (SMTP in infrastructure/mail). */
export abstract class Mailer {
  /** False when no SMTP server is configured: emails are recorded instead of sent. */
  abstract readonly configured: boolean;
  abstract send(message: MailMessage): Promise<void>;
}
