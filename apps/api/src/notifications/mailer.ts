import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** E-mail through SMTP_URL when it is set; otherwise reminders live in the portal inbox only. */
@Injectable()
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly log = new Logger('Mailer');

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport || mail.to.length === 0) return;
    await this.transport.sendMail({ from: 'Franscore <no-reply@franscore.local>', to: mail.to, subject: mail.subject, text: mail.text });
    this.log.log(`sent "${mail.subject}" to ${mail.to.length} recipient(s)`);
  }
}
