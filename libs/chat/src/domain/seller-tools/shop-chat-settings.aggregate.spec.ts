import { randomUUID } from 'node:crypto';
import {
  DEFAULT_AWAY_MESSAGE,
  DEFAULT_OUTSIDE_HOURS_MESSAGE,
  ShopChatSettings,
} from './shop-chat-settings.aggregate';

const now = new Date('2026-11-23T03:00:00Z'); // Monday 10:00 in Jakarta
const weekdays = {
  timeZone: 'Asia/Jakarta',
  days: [{ day: 'mon' as const, open: '09:00', close: '17:00' }],
};

describe('ShopChatSettings', () => {
  it('does not reply automatically by default', () => {
    const settings = ShopChatSettings.defaults(randomUUID(), now);
    expect(settings.automaticReplyAt(now)).toBeNull();
  });

  it('says when away mode is switched on or off, and only then', () => {
    const settings = ShopChatSettings.defaults(randomUUID(), now);
    expect(settings.update({ away: true, businessHours: null }, 100, now)).toBe('started');
    expect(settings.update({ away: true, businessHours: null }, 100, now)).toBeNull();
    expect(settings.update({ away: false, businessHours: null }, 100, now)).toBe('ended');
    expect(settings.update({ away: false, businessHours: null }, 100, now)).toBeNull();
  });

  it('answers with the away message while away, even within business hours', () => {
    const settings = ShopChatSettings.defaults(randomUUID(), now);
    settings.update({ away: true, businessHours: weekdays }, 100, now);
    expect(settings.automaticReplyAt(now)).toBe(DEFAULT_AWAY_MESSAGE);
    settings.update({ away: true, awayMessage: ' Back Monday ', businessHours: null }, 100, now);
    expect(settings.automaticReplyAt(now)).toBe('Back Monday');
  });

  it('answers with the outside-hours message only outside the hours', () => {
    const settings = ShopChatSettings.defaults(randomUUID(), now);
    settings.update({ away: false, businessHours: weekdays }, 200, now);
    expect(settings.automaticReplyAt(now)).toBeNull();
    expect(settings.automaticReplyAt(new Date('2026-11-23T10:00:00Z'))).toBe(
      DEFAULT_OUTSIDE_HOURS_MESSAGE,
    );
  });

  it('refuses an empty or too long message, naming it, and changes nothing then', () => {
    const settings = ShopChatSettings.defaults(randomUUID(), now);
    expect(() =>
      settings.update({ away: true, awayMessage: '  ', businessHours: null }, 100, now),
    ).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_SETTINGS', details: { field: 'awayMessage' } }),
    );
    expect(() =>
      settings.update(
        { away: true, outsideHoursMessage: 'x'.repeat(11), businessHours: null },
        10,
        now,
      ),
    ).toThrow(expect.objectContaining({ details: { field: 'outsideHoursMessage' } }));
    expect(settings.away).toBe(false);
  });
});
