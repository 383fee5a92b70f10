import { Injectable, Logger } from '@nestjs/common';
import { CodeSender, OutgoingCode } from '../../application/ports/code-sender';

const KEEP = 200;

/**
 * The default CodeSender: sends nothing, logs each message and keeps the most recent ones
 * in memory (tests read them; developers find the code in the log).
 */
@Injectable()
export class SimulatedCodeSender extends CodeSender {
  private readonly logger = new Logger('SimulatedCodeSender');
  private readonly sent: (OutgoingCode & { at: Date })[] = [];

  async send(message: OutgoingCode): Promise<void> {
    this.sent.push({ ...message, at: new Date() });
    if (this.sent.length > KEEP) this.sent.shift();
    this.logger.log(`${message.channel} to ${message.to}: ${message.text}`);
  }

  /** What was "sent" to `to`, oldest first. */
  sentTo(to: string): (OutgoingCode & { at: Date })[] {
    return this.sent.filter((message) => message.to === to);
  }
}
