import { InvalidChatSettingsError } from './seller-tools.errors';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours on one weekday, local time `HH:mm` (close may be `24:00`), open < close. */
export interface OpeningInterval {
  day: Weekday;
  open: string;
  close: string;
}

/** A weekly schedule in an IANA time zone; the shop is closed at any time no interval covers. */
export interface BusinessHours {
  timeZone: string;
  days: OpeningInterval[];
}

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Checks and normalises a schedule (intervals sorted by weekday then opening time). */
export function businessHours(input: BusinessHours): BusinessHours {
  if (!isTimeZone(input.timeZone)) {
    throw new InvalidChatSettingsError(
      'businessHours.timeZone',
      `is not an IANA time zone: ${input.timeZone}`,
    );
  }
  if (input.days.length === 0) {
    throw new InvalidChatSettingsError('businessHours.days', 'must name at least one interval');
  }
  const days = input.days.map((interval, index) => {
    const field = `businessHours.days[${index}]`;
    if (!WEEKDAYS.includes(interval.day)) {
      throw new InvalidChatSettingsError(`${field}.day`, `must be one of ${WEEKDAYS.join(', ')}`);
    }
    for (const key of ['open', 'close'] as const) {
      if (!CLOCK.test(interval[key]) || (key === 'open' && interval.open === '24:00')) {
        throw new InvalidChatSettingsError(`${field}.${key}`, 'must be a time HH:mm');
      }
    }
    if (interval.open >= interval.close) {
      throw new InvalidChatSettingsError(`${field}.close`, 'must be after open');
    }
    return { day: interval.day, open: interval.open, close: interval.close };
  });
  days.sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.open.localeCompare(b.open),
  );
  return { timeZone: input.timeZone, days };
}

/** Whether `at` falls in one of the schedule's intervals, read on the wall clock of its zone. */
export function isOpenAt(hours: BusinessHours, at: Date): boolean {
  const { day, clock } = wallClock(hours.timeZone, at);
  return hours.days.some(
    (interval) => interval.day === day && interval.open <= clock && clock < interval.close,
  );
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The weekday and `HH:mm` that a clock in `timeZone` shows at `at`. */
function wallClock(timeZone: string, at: Date): { day: Weekday; clock: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: parts.weekday.toLowerCase() as Weekday,
    clock: `${parts.hour}:${parts.minute}`,
  };
}
