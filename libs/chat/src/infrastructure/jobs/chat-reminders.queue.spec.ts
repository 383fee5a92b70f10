import { reminderIdOf, reminderJobId } from './chat-reminders.queue';

describe('chat reminder jobs', () => {
  it('have one stable id per room and recipient', () => {
    expect(reminderJobId({ roomId: 'r-1', userId: 'u-1' })).toBe('remind-r-1-u-1');
    expect(reminderJobId({ roomId: 'r-1', userId: 'u-2' })).not.toBe(
      reminderJobId({ roomId: 'r-1', userId: 'u-1' }),
    );
  });

  it('publish the same reminder id for every attempt of a job, a new one for the next cycle', () => {
    const first = reminderIdOf('remind-r-1-u-1', 1_000);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reminderIdOf('remind-r-1-u-1', 1_000)).toBe(first);
    expect(reminderIdOf('remind-r-1-u-1', 2_000)).not.toBe(first);
  });
});
