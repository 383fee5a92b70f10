import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { ChatCoreModule } from '@pasar/chat';
import { UnreadMessages } from '../src/application/services/unread-messages';

const at = (second: number) => new Date(Date.UTC(2026, 10, 24, 9, 0, second));

describe('UnreadMessages (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  let unread: UnreadMessages;

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [ChatCoreModule] });
    sql = context.sql;
    unread = context.module.get(UnreadMessages, { strict: false });
  });
  afterAll(() => context.close());

  async function room() {
    const ids = { roomId: randomUUID(), buyerId: randomUUID(), sellerId: randomUUID() };
    await sql.execute(
      `insert into chat.rooms (id, buyer_id, shop_id, seller_id, shop_name, order_id, created_at)
       values (?, ?, ?, ?, 'Toko', null, ?)`,
      [ids.roomId, ids.buyerId, randomUUID(), ids.sellerId, at(0)],
    );
    return ids;
  }

  /** The room's next message (numbered as the writer would), sent at `second`; returns its seq. */
  async function message(roomId: string, senderId: string, second: number): Promise<number> {
    const [{ last_seq: seq }] = await sql.execute<{ last_seq: number }[]>(
      'update chat.rooms set last_seq = last_seq + 1 where id = ? returning last_seq',
      [roomId],
    );
    await sql.execute(
      `insert into chat.messages (id, room_id, seq, sender_id, sender_role, client_message_id, text, created_at)
       values (?, ?, ?, ?, 'buyer', ?, 'halo', ?)`,
      [randomUUID(), roomId, seq, senderId, randomUUID(), at(second)],
    );
    return seq;
  }

  async function read(roomId: string, userId: string, seq: number) {
    await sql.execute(
      `insert into chat.read_markers (room_id, user_id, last_read_seq, last_read_at)
       values (?, ?, ?, now())`,
      [roomId, userId, seq],
    );
  }

  it('counts the other side’s messages when the user never read the room', async () => {
    const { roomId, buyerId, sellerId } = await room();
    await message(roomId, sellerId, 1);
    await message(roomId, buyerId, 2);
    await message(roomId, sellerId, 3);
    expect(await unread.of(roomId, buyerId)).toEqual({
      count: 2,
      firstUnreadAt: at(1),
      senderIds: [sellerId],
    });
  });

  it('counts only what is numbered after the read cursor, whatever the times', async () => {
    const { roomId, buyerId, sellerId } = await room();
    await message(roomId, sellerId, 1);
    const second = await message(roomId, sellerId, 2);
    await message(roomId, sellerId, 2);
    await message(roomId, sellerId, 4);
    await read(roomId, buyerId, second);
    expect(await unread.of(roomId, buyerId)).toEqual({
      count: 2,
      firstUnreadAt: at(2),
      senderIds: [sellerId],
    });
  });

  it('answers nothing unread once the newest message is read, or in a room without messages', async () => {
    const { roomId, buyerId, sellerId } = await room();
    expect(await unread.of(roomId, sellerId)).toEqual({
      count: 0,
      firstUnreadAt: null,
      senderIds: [],
    });
    const last = await message(roomId, buyerId, 5);
    await read(roomId, sellerId, last);
    expect((await unread.of(roomId, sellerId)).count).toBe(0);
  });
});
