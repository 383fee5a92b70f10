export interface OutgoingCode {
  channel: 'sms' | 'email';
  to: string;
  text: string;
}

/** Delivers one-time codes by SMS or email. The default adapter only records what it would send. */
export abstract class CodeSender {
  abstract send(message: OutgoingCode): Promise<void>;
}
