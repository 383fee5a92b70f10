import { businessHours, isOpenAt } from './business-hours';

const jakarta = businessHours({
  timeZone: 'Asia/Jakarta', // UTC+7, no daylight saving
  days: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({
    day: day as 'mon',
    open: '09:00',
    close: '17:00',
  })),
});

describe('business hours', () => {
  it('reads the wall clock of the shop’s time zone, not UTC', () => {
    // Monday 02:00 UTC is Monday 09:00 in Jakarta: just open.
    expect(isOpenAt(jakarta, new Date('2026-11-23T02:00:00Z'))).toBe(true);
    // Monday 01:59 UTC is 08:59 in Jakarta: still closed.
    expect(isOpenAt(jakarta, new Date('2026-11-23T01:59:00Z'))).toBe(false);
  });

  it('closes at the closing minute (exclusive)', () => {
    expect(isOpenAt(jakarta, new Date('2026-11-23T09:59:00Z'))).toBe(true); // 16:59
    expect(isOpenAt(jakarta, new Date('2026-11-23T10:00:00Z'))).toBe(false); // 17:00
  });

  it('takes the weekday on the local side of midnight', () => {
    // Sunday 20:00 UTC is Monday 03:00 in Jakarta (closed), Sunday 23:30 UTC is Monday 06:30.
    expect(isOpenAt(jakarta, new Date('2026-11-22T20:00:00Z'))).toBe(false);
    // Friday 17:00 UTC is Saturday 00:00 in Jakarta: closed all weekend.
    expect(isOpenAt(jakarta, new Date('2026-11-27T17:00:00Z'))).toBe(false);
    // Friday 09:30 UTC is Friday 16:30 in Jakarta: open.
    expect(isOpenAt(jakarta, new Date('2026-11-27T09:30:00Z'))).toBe(true);
  });

  it('follows daylight saving in zones that have it', () => {
    const berlin = businessHours({
      timeZone: 'Europe/Berlin',
      days: [{ day: 'mon', open: '09:00', close: '10:00' }],
    });
    // 08:30 UTC is 10:30 in summer (CEST, closed) and 09:30 in winter (CET, open).
    expect(isOpenAt(berlin, new Date('2026-07-06T08:30:00Z'))).toBe(false);
    expect(isOpenAt(berlin, new Date('2026-11-23T08:30:00Z'))).toBe(true);
  });

  it('may stay open until midnight with 24:00, and hold several intervals a day', () => {
    const late = businessHours({
      timeZone: 'UTC',
      days: [
        { day: 'sat', open: '20:00', close: '24:00' },
        { day: 'sat', open: '08:00', close: '12:00' },
      ],
    });
    expect(late.days.map((d) => d.open)).toEqual(['08:00', '20:00']);
    expect(isOpenAt(late, new Date('2026-11-28T23:59:00Z'))).toBe(true);
    expect(isOpenAt(late, new Date('2026-11-29T00:00:00Z'))).toBe(false); // Sunday
    expect(isOpenAt(late, new Date('2026-11-28T13:00:00Z'))).toBe(false);
  });

  it('refuses a zone that is not IANA, bad clocks and empty intervals, naming the field', () => {
    const day = { day: 'mon' as const, open: '09:00', close: '17:00' };
    const cases: [Parameters<typeof businessHours>[0], string][] = [
      [{ timeZone: 'Mars/Olympus', days: [day] }, 'businessHours.timeZone'],
      [{ timeZone: 'UTC', days: [] }, 'businessHours.days'],
      [{ timeZone: 'UTC', days: [{ ...day, open: '9:00' }] }, 'businessHours.days[0].open'],
      [{ timeZone: 'UTC', days: [{ ...day, close: '24:30' }] }, 'businessHours.days[0].close'],
      [{ timeZone: 'UTC', days: [{ ...day, close: '09:00' }] }, 'businessHours.days[0].close'],
      [
        { timeZone: 'UTC', days: [{ ...day, day: 'funday' as 'mon' }] },
        'businessHours.days[0].day',
      ],
    ];
    for (const [input, field] of cases) {
      expect(() => businessHours(input)).toThrow(
        expect.objectContaining({ code: 'CHAT.INVALID_SETTINGS', details: { field } }),
      );
    }
  });
});
