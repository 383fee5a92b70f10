import { OutgoingEmail } from './outgoing-email.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');

const queue = () =>
  OutgoingEmail.queue({
    notificationId: 'n-1',
    to: 'buyer@example.com',
    subject: 'Hello',
    text: 'Hi',
    html: '<p>Hi</p>',
    now: t0,
  });

describe('OutgoingEmail', () => {
  it('is queued pending and records that it was, so delivery waits for the commit', () => {
    const email = queue();
    expect(email.status).toBe('pending');
    expect(email.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      ['notifications.email-queued', { emailId: email.id }],
    ]);
  });

  it('is sent once: a second delivery is refused with a stable code', () => {
    const email = queue();
    email.markSent(t0);
    expect(email).toMatchObject({ status: 'sent', sentAt: t0, attempts: 1, deliverable: false });
    expect(() => email.markSent(t0)).toThrow(
      expect.objectContaining({ code: 'NOTIFICATIONS.EMAIL_ALREADY_DELIVERED' }),
    );
  });

  it('stays pending after a failed attempt while retries remain, failed after the last', () => {
    const email = queue();
    email.markAttemptFailed('connect ECONNREFUSED', false);
    expect(email).toMatchObject({ status: 'pending', attempts: 1, error: 'connect ECONNREFUSED' });
    email.markAttemptFailed('connect ECONNREFUSED', true);
    expect(email).toMatchObject({ status: 'failed', attempts: 2 });
    // A failed email may still go out on a later retry; the error is then cleared.
    email.markSent(t0);
    expect(email).toMatchObject({ status: 'sent', attempts: 3, error: null });
  });

  it('is recorded instead of sent when no SMTP server is configured', () => {
    const email = queue();
    email.markRecorded();
    expect(email).toMatchObject({ status: 'recorded', sentAt: null, deliverable: false });
    expect(() => email.markRecorded()).toThrow(/already recorded/);
  });
});
