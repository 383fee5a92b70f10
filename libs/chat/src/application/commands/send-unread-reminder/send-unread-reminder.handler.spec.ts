import { randomUUID } from 'node:crypto';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { ChatUnreadReminderEvent } from '../../../domain/reminder/unread-reminder.events';
import { Presence } from '../../ports/presence';
import { ReminderOutbox } from '../../ports/reminder-outbox';
import { SenderNames } from '../../services/sender-names';
import { UnreadMessages, UnreadSummary } from '../../services/unread-messages';
import { SendUnreadReminderCommand } from './send-unread-reminder.command';
import { SendUnreadReminderHandler } from './send-unread-reminder.handler';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const sellerId = randomUUID();
const room = ChatRoom.open({
  buyer,
  shopId: randomUUID(),
  sellerId,
  shopName: 'Toko',
  orderId: null,
  now: new Date(),
});
const firstUnreadAt = new Date('2026-11-24T09:00:00.000Z');

function setup(options: { online?: string[]; unread?: UnreadSummary; room?: ChatRoom | null }) {
  const published: ChatUnreadReminderEvent[] = [];
  const rooms = { findById: async () => (options.room === undefined ? room : options.room) };
  const presence = { onlineAmong: async () => new Set(options.online ?? []) };
  const unread = {
    of: jest.fn(async () => options.unread ?? { count: 0, firstUnreadAt: null, senderIds: [] }),
  };
  const names = new Map<string, string>([
    [sellerId, 'Sari'],
    [buyer.id, 'Budi'],
  ]);
  const senders = { nameOf: async (id: string) => names.get(id) ?? '?' };
  const outbox = { publish: async (event: ChatUnreadReminderEvent) => void published.push(event) };
  const handler = new SendUnreadReminderHandler(
    rooms as unknown as ChatRoomRepository,
    presence as unknown as Presence,
    unread as unknown as UnreadMessages,
    senders as unknown as SenderNames,
    outbox as unknown as ReminderOutbox,
  );
  return { handler, published, unread };
}

const remind = (userId = buyer.id) => new SendUnreadReminderCommand(room.id, userId, 'reminder-1');

describe('SendUnreadReminderHandler', () => {
  it('publishes one reminder for all the unread messages of an offline recipient', async () => {
    const { handler, published, unread } = setup({
      unread: { count: 3, firstUnreadAt, senderIds: [sellerId] },
    });
    expect(await handler.execute(remind())).toBe('sent');
    expect(unread.of).toHaveBeenCalledWith(room.id, buyer.id);
    expect(published).toHaveLength(1);
    expect(published[0].id).toBe('reminder-1');
    expect(published[0].type).toBe('chat.unread-reminder');
    expect(published[0].payload).toEqual({
      userId: buyer.id,
      roomId: room.id,
      shopId: room.shopId,
      buyerId: buyer.id,
      orderId: null,
      unreadCount: 3,
      senderNames: ['Sari'],
      firstUnreadAt: firstUnreadAt.toISOString(),
    });
  });

  it('reminds no one who is online', async () => {
    const { handler, published } = setup({
      online: [buyer.id],
      unread: { count: 3, firstUnreadAt, senderIds: [sellerId] },
    });
    expect(await handler.execute(remind())).toBe('online');
    expect(published).toEqual([]);
  });

  it('reminds no one who has read everything, nor about a room that is gone', async () => {
    const read = setup({});
    expect(await read.handler.execute(remind())).toBe('nothing_unread');
    const gone = setup({ room: null, unread: { count: 1, firstUnreadAt, senderIds: [sellerId] } });
    expect(await gone.handler.execute(remind())).toBe('no_room');
    expect([...read.published, ...gone.published]).toEqual([]);
  });
});
