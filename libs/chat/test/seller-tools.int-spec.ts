import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { OrderParties } from '@pasar/ordering';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  BlockedBuyers,
  ChatCoreModule,
  GetResponseTimeQuery,
  OpenRoomCommand,
  PostMessageCommand,
  ResponseTimeView,
} from '@pasar/chat';
import { UpdateChatSettingsCommand } from '../src/application/commands/update-chat-settings/update-chat-settings.command';
import { AutoReplyClaims } from '../src/application/ports/auto-reply-claims';
import {
  AUTO_REPLY_SETTINGS_TTL_MS,
  ShopChatSettingsRepository,
} from '../src/domain/seller-tools/shop-chat-settings.repository';
import { PostMessageResult } from '../src/application/commands/post-message/post-message.command';
import { stubParties } from './stub-parties';

const sellerId = randomUUID();
const shopId = randomUUID();
const seller = { id: sellerId, role: 'seller' as const };

const orders = new Map<string, OrderParties>();

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-11-24T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('chat seller tools (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: stubParties(sellerId, { orders }),
    });
    sql = context.sql;
  });
  afterAll(() => context.close());

  /** A room of the shop with its messages: [sender, time, automatic?]. */
  async function seedRoom(
    shop: string,
    messages: ['buyer' | 'seller', Date, boolean?][],
    buyerId = randomUUID(),
  ): Promise<string> {
    const roomId = randomUUID();
    await sql.execute(
      `insert into chat.rooms (id, buyer_id, shop_id, seller_id, shop_name, order_id, created_at)
       values (?, ?, ?, ?, 'Toko', null, ?)`,
      [roomId, buyerId, shop, sellerId, messages[0]?.[1] ?? NOW],
    );
    for (const [i, [role, time, automatic]] of messages.entries()) {
      await sql.execute(
        `insert into chat.messages
           (id, room_id, seq, sender_id, sender_role, client_message_id, text, created_at, automatic)
         values (?, ?, ?, ?, ?, ?, 'text', ?, ?)`,
        [
          randomUUID(),
          roomId,
          i + 1,
          role === 'buyer' ? buyerId : sellerId,
          role,
          randomUUID(),
          time,
          !!automatic,
        ],
      );
    }
    return roomId;
  }

  const awayPeriod = (shop: string, from: Date, to: Date | null) =>
    sql.execute(
      `insert into chat.away_periods (id, shop_id, started_at, ended_at) values (?, ?, ?, ?)`,
      [randomUUID(), shop, from, to],
    );

  const responseTime = (shop: string) =>
    context.ask<ResponseTimeView>(new GetResponseTimeQuery(shop, NOW));

  describe('response time', () => {
    const shop = randomUUID();
    const blockedBuyer = randomUUID();

    beforeAll(async () => {
      // Answered in 1 h.
      await seedRoom(shop, [
        ['buyer', at(-10 * DAY)],
        ['seller', at(-10 * DAY + HOUR)],
      ]);
      // An automatic reply after 1 min does not count; the seller answered in 3 h.
      await seedRoom(shop, [
        ['buyer', at(-5 * DAY)],
        ['seller', at(-5 * DAY + 60_000), true],
        ['seller', at(-5 * DAY + 3 * HOUR)],
      ]);
      // Never answered, started 3 days ago: counts, unanswered.
      await seedRoom(shop, [
        ['buyer', at(-3 * DAY)],
        ['buyer', at(-3 * DAY + HOUR)],
      ]);
      // Answered after 30 h: counts, not within 24 h.
      await seedRoom(shop, [
        ['buyer', at(-2 * DAY - 6 * HOUR)],
        ['seller', at(-1 * DAY)],
      ]);
      // Started by the seller: left out.
      await seedRoom(shop, [
        ['seller', at(-4 * DAY)],
        ['buyer', at(-4 * DAY + HOUR)],
      ]);
      // Started before the 30 days: left out.
      await seedRoom(shop, [
        ['buyer', at(-40 * DAY)],
        ['seller', at(-40 * DAY + HOUR)],
      ]);
      // Unanswered for 1 h only: its outcome is open, left out.
      await seedRoom(shop, [['buyer', at(-HOUR)]]);
      // A blocked buyer's room, unanswered for 6 days.
      await seedRoom(shop, [['buyer', at(-6 * DAY)]], blockedBuyer);
      // Started while the shop was away: left out.
      await awayPeriod(shop, at(-8 * DAY - HOUR), at(-8 * DAY + 2 * HOUR));
      await seedRoom(shop, [
        ['buyer', at(-8 * DAY)],
        ['seller', at(-8 * DAY + 3 * HOUR)],
      ]);
      // Answered after 6 h, 4 h of which the shop was away: 2 h measured.
      await awayPeriod(shop, at(-7 * DAY + HOUR), at(-7 * DAY + 5 * HOUR));
      await seedRoom(shop, [
        ['buyer', at(-7 * DAY)],
        ['seller', at(-7 * DAY + 6 * HOUR)],
      ]);
    });

    it('counts buyer-started conversations, the share answered within 24 h and the median', async () => {
      // Counted: 1 h, 3 h, unanswered, 30 h, the blocked buyer's (unanswered), 2 h.
      expect(await responseTime(shop)).toEqual({
        shopId: shop,
        windowDays: 30,
        conversations: 6,
        answeredWithin24h: 3,
        responseRate: 0.5,
        // Answered: 1 h, 2 h, 3 h, 30 h → the middle two average to 2.5 h.
        medianResponseSeconds: 2.5 * 3600,
      });
    });

    it('leaves out the rooms of buyers the shop blocked', async () => {
      const blocks = context.module.get(BlockedBuyers);
      const spy = jest.spyOn(blocks, 'blockedBy').mockResolvedValue([blockedBuyer]);
      try {
        expect(await responseTime(shop)).toMatchObject({
          conversations: 5,
          answeredWithin24h: 3,
          responseRate: 0.6,
          medianResponseSeconds: 9000,
        });
        expect(spy).toHaveBeenCalledWith(shop);
      } finally {
        spy.mockRestore();
      }
    });

    it('leaves out conversations started outside the business hours (in the shop’s zone)', async () => {
      const hoursShop = randomUUID();
      await sql.execute(
        `insert into chat.shop_chat_settings
           (shop_id, away, away_message, business_hours, outside_hours_message, updated_at)
         values (?, false, 'away', ?, 'closed', now())`,
        [
          hoursShop,
          JSON.stringify({
            timeZone: 'Asia/Jakarta',
            days: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({
              day,
              open: '09:00',
              close: '17:00',
            })),
          }),
        ],
      );
      // Monday 10:00 in Jakarta, answered in 30 min: counted.
      const monday = new Date('2026-11-23T03:00:00Z');
      await seedRoom(hoursShop, [
        ['buyer', monday],
        ['seller', new Date(monday.getTime() + 1_800_000)],
      ]);
      // Saturday 10:00 and Friday 17:30 in Jakarta: left out.
      await seedRoom(hoursShop, [['buyer', new Date('2026-11-21T03:00:00Z')]]);
      await seedRoom(hoursShop, [['buyer', new Date('2026-11-20T10:30:00Z')]]);
      // Thursday 08:59 in Jakarta: left out.
      await seedRoom(hoursShop, [['buyer', new Date('2026-11-19T01:59:00Z')]]);
      expect(await responseTime(hoursShop)).toMatchObject({
        conversations: 1,
        answeredWithin24h: 1,
        responseRate: 1,
        medianResponseSeconds: 1800,
      });
    });

    it('answers nulls for a shop without conversations', async () => {
      expect(await responseTime(randomUUID())).toMatchObject({
        conversations: 0,
        answeredWithin24h: 0,
        responseRate: null,
        medianResponseSeconds: null,
      });
    });
  });

  describe('automatic replies', () => {
    it('grants one claim per (shop, buyer) per window, also when claimed at once', async () => {
      const claims = context.module.get(AutoReplyClaims);
      const buyerId = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => claims.claim(shopId, buyerId, NOW, DAY)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await claims.claim(shopId, buyerId, at(DAY - 1), DAY)).toBe(false);
      expect(await claims.claim(randomUUID(), buyerId, NOW, DAY)).toBe(true);
      expect(await claims.claim(shopId, buyerId, at(DAY), DAY)).toBe(true);
      expect(await claims.claim(shopId, buyerId, at(DAY + 1), DAY)).toBe(false);
    });

    it('posts one automatic reply for many messages of a buyer at once, in any of their rooms', async () => {
      await context.run(
        new UpdateChatSettingsCommand(seller, shopId, { away: true, businessHours: null }),
      );
      const ana = { id: randomUUID(), role: 'buyer' as const };
      const orderId = randomUUID();
      orders.set(orderId, { orderId, buyerId: ana.id, shopIds: [shopId] });
      const rooms = await Promise.all(
        [null, orderId].map((order) =>
          context.run<{ roomId: string }>(new OpenRoomCommand(ana, shopId, order)),
        ),
      );
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          context.run<PostMessageResult>(
            new PostMessageCommand(ana, rooms[i % 2].roomId, randomUUID(), `halo ${i}`),
          ),
        ),
      );
      const replies = results.flatMap((r) => (r.autoReply ? [r.autoReply] : []));
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({
        senderId: sellerId,
        senderRole: 'seller',
        automatic: true,
      });
      const stored = await sql.execute(
        `select count(*)::int as n from chat.messages where room_id in (?, ?) and automatic`,
        [rooms[0].roomId, rooms[1].roomId],
      );
      expect(stored[0].n).toBe(1);
      const events = await sql.execute(
        `select count(*)::int as n from shared.outbox
          where payload->>'messageId' = ? and (payload->>'automatic')::boolean`,
        [replies[0].id],
      );
      expect(events[0].n).toBe(1);
    });

    it('reuses a shop’s settings for automatic replies briefly, but shows its own saves at once', async () => {
      const settings = context.module.get(ShopChatSettingsRepository);
      const shop = randomUUID();
      const set = (away: boolean) =>
        context.run(new UpdateChatSettingsCommand(seller, shop, { away, businessHours: null }));
      const awayNow = async () =>
        (await settings.findForAutoReply(shop))?.automaticReplyAt(new Date()) ?? null;
      expect(await awayNow()).toBeNull();
      await set(true);
      expect(await awayNow()).not.toBeNull();
      // Saved behind this process's back, as another API instance would.
      await sql.execute(`update chat.shop_chat_settings set away = false where shop_id = ?`, [
        shop,
      ]);
      expect(await awayNow()).not.toBeNull();
      expect((await settings.findByShop(shop))?.automaticReplyAt(new Date())).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, AUTO_REPLY_SETTINGS_TTL_MS + 50));
      expect(await awayNow()).toBeNull();
      await set(true);
      expect(await awayNow()).not.toBeNull();
    });

    it('records away periods when away mode is switched on and off', async () => {
      const shop = randomUUID();
      const set = (away: boolean) =>
        context.run(new UpdateChatSettingsCommand(seller, shop, { away, businessHours: null }));
      await set(true);
      await set(true);
      await set(false);
      await set(false);
      await set(true);
      const periods = await sql.execute<{ ended: boolean }[]>(
        `select ended_at is not null as ended from chat.away_periods where shop_id = ? order by started_at`,
        [shop],
      );
      expect(periods).toEqual([{ ended: true }, { ended: false }]);
    });
  });
});
