import { randomUUID } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { emailAlreadyDelivered } from './outgoing-email.errors';
import { EmailQueuedEvent } from './outgoing-email.events';

/**
 * `pending`: rendered, waiting for the mail job; `sent`: the SMTP server took it; `recorded`:
 * no SMTP server is configured, so it is kept here instead of sent; `failed`: every attempt failed.
 */
export const EMAIL_STATUSES = ['pending', 'sent', 'recorded', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** A rendered email, stored with its notification and sent after that commits. */
@Entity({ schema: 'notifications', tableName: 'outgoing_emails' })
// Written as PostgreSQL prints it back, so `migration:create` sees no change.
@Check({
  name: 'outgoing_emails_state_valid',
  expression:
    "((status)::text = ANY ((ARRAY['pending'::character varying, 'sent'::character varying, 'recorded'::character varying, 'failed'::character varying])::text[])) " +
    "AND (attempts >= 0) AND (((status)::text = 'sent'::text) = (sent_at IS NOT NULL))",
})
export class OutgoingEmail extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly notificationId: string;

  @Property({ type: 'string', length: 320, fieldName: 'to' })
  readonly to: string;

  @Property({ type: 'string', length: 300 })
  readonly subject: string;

  @Property({ type: 'text' })
  readonly text: string;

  @Property({ type: 'text' })
  readonly html: string;

  @Property({ type: 'string', length: 20, fieldName: 'status' })
  private _status: EmailStatus = 'pending';

  @Property({ type: 'integer', fieldName: 'attempts' })
  private _attempts = 0;

  @Property({ type: 'text', nullable: true, fieldName: 'error' })
  private _error: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'sent_at',
  })
  private _sentAt: Date | null = null;

  private constructor(props: {
    notificationId: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.notificationId = props.notificationId;
    this.to = props.to;
    this.subject = props.subject;
    this.text = props.text;
    this.html = props.html;
    this.createdAt = props.now;
  }

  /** A pending email; the mail job picks it up once this commits. */
  static queue(props: {
    notificationId: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    now: Date;
  }): OutgoingEmail {
    const email = new OutgoingEmail(props);
    email.record(new EmailQueuedEvent('OutgoingEmail', email.id, { emailId: email.id }));
    return email;
  }

  get status(): EmailStatus {
    return this._status;
  }

  get attempts(): number {
    return this._attempts;
  }

  get error(): string | null {
    return this._error;
  }

  get sentAt(): Date | null {
    return this._sentAt;
  }

  /** Whether a mail job still has something to do (a retried job may find it done). */
  get deliverable(): boolean {
    return this._status === 'pending' || this._status === 'failed';
  }

  /** The SMTP server accepted it. */
  markSent(now: Date): void {
    this.assertDeliverable();
    this._status = 'sent';
    this._attempts += 1;
    this._error = null;
    this._sentAt = now;
  }

  /** No SMTP server is configured: the rendered email stays here instead. */
  markRecorded(): void {
    this.assertDeliverable();
    this._status = 'recorded';
  }

  /**
   * An attempt failed. It stays `pending` while retries remain, `failed` after the last one
   * (a later retry may still send it).
   */
  markAttemptFailed(error: string, finalAttempt: boolean): void {
    this.assertDeliverable();
    this._attempts += 1;
    this._error = error.slice(0, 2000);
    this._status = finalAttempt ? 'failed' : 'pending';
  }

  private assertDeliverable(): void {
    if (!this.deliverable) {
      throw emailAlreadyDelivered(this.id, this._status);
    }
  }
}
