import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@pasar/shared';
import { Mailer, MailMessage } from '../../application/ports/mailer';

/** Sends through the SMTP server at `config.mail.smtpUrl`, from `config.mail.from`. */
@Injectable()
export class SmtpMailer extends Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    super();
    this.transport = config.mail.smtpUrl
      ? createTransport({
          url: config.mail.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        } as Parameters<typeof createTransport>[0])
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send({ to, subject, text, html }: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured (SMTP_URL)');
    await this.transport.sendMail({ from: this.config.mail.from, to, subject, text, html });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
