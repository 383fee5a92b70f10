import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { BusinessHours, businessHours, isOpenAt } from './business-hours';
import { InvalidChatSettingsError } from './seller-tools.errors';

export const DEFAULT_AWAY_MESSAGE =
  'Thanks for your message! We are away right now and will answer as soon as we are back.';
export const DEFAULT_OUTSIDE_HOURS_MESSAGE =
  'Thanks for your message! We are closed right now and will answer during our business hours.';

export interface ChatSettingsInput {
  away: boolean;
  awayMessage?: string;
  /** Null: no schedule, the shop is open whenever it is not away. */
  businessHours: BusinessHours | null;
  outsideHoursMessage?: string;
}

/** How switching away mode changed: the away period to open or close, if any. */
export type AwayChange = 'started' | 'ended' | null;

/**
 * A shop's away mode and business hours. While the shop is away, or outside its hours, a buyer's
 * message is answered by one automatic reply (at most once per buyer per 24 hours).
 */
@Entity({ schema: 'chat', tableName: 'shop_chat_settings' })
export class ShopChatSettings {
  @PrimaryKey({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'boolean' })
  away = false;

  @Property({ type: 'text' })
  awayMessage = DEFAULT_AWAY_MESSAGE;

  @Property({ type: 'json', nullable: true })
  businessHours: BusinessHours | null = null;

  @Property({ type: 'text' })
  outsideHoursMessage = DEFAULT_OUTSIDE_HOURS_MESSAGE;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  updatedAt: Date;

  private constructor(shopId: string, now: Date) {
    this.shopId = shopId;
    this.updatedAt = now;
  }

  /** A shop's settings before its seller changed anything: never away, no schedule. */
  static defaults(shopId: string, now: Date): ShopChatSettings {
    return new ShopChatSettings(shopId, now);
  }

  /** Replaces the settings; says whether away mode was switched on or off. */
  update(input: ChatSettingsInput, maxMessageLength: number, now: Date): AwayChange {
    const hours = input.businessHours === null ? null : businessHours(input.businessHours);
    const awayMessage = message(
      'awayMessage',
      input.awayMessage,
      this.awayMessage,
      maxMessageLength,
    );
    const outsideHoursMessage = message(
      'outsideHoursMessage',
      input.outsideHoursMessage,
      this.outsideHoursMessage,
      maxMessageLength,
    );
    const change: AwayChange = input.away === this.away ? null : input.away ? 'started' : 'ended';
    this.away = input.away;
    this.awayMessage = awayMessage;
    this.businessHours = hours;
    this.outsideHoursMessage = outsideHoursMessage;
    this.updatedAt = now;
    return change;
  }

  /** The automatic reply a buyer's message gets at `at`, or null while the shop is open. */
  automaticReplyAt(at: Date): string | null {
    if (this.away) return this.awayMessage;
    if (this.businessHours && !isOpenAt(this.businessHours, at)) return this.outsideHoursMessage;
    return null;
  }
}

function message(field: string, given: string | undefined, current: string, max: number): string {
  if (given === undefined) return current;
  const text = given.trim();
  if (text.length === 0) throw new InvalidChatSettingsError(field, 'must not be empty');
  if (text.length > max)
    throw new InvalidChatSettingsError(field, `must be at most ${max} characters`);
  if (text.includes('\u0000')) {
    throw new InvalidChatSettingsError(field, 'must not contain NUL characters');
  }
  return text;
}
