import { randomUUID } from 'node:crypto';
import { Message } from '../../../domain/message/message.aggregate';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { AutoReplier } from '../../services/auto-replier';
import { MessageCards } from '../../services/message-cards';
import { MessageWriter } from '../../services/message-writer';
import { RoomAccess } from '../../services/room-access';
import { SenderNames } from '../../services/sender-names';
import { PostMessageCommand } from './post-message.command';
import { PostMessageHandler } from './post-message.handler';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const room = ChatRoom.open({
  buyer,
  shopId: randomUUID(),
  sellerId: randomUUID(),
  shopName: 'Toko',
  orderId: null,
  now: new Date(),
});

function setup(created = true) {
  const written = Message.post({
    room,
    sender: buyer,
    senderName: 'Ana',
    clientMessageId: 'c-1',
    text: 'halo',
    maxLength: 50,
    recipientOnline: () => true,
    now: new Date(),
  });
  const writer = { write: jest.fn().mockResolvedValue({ message: written, created }) };
  const rooms = { findById: jest.fn().mockResolvedValue(room) };
  const access = new RoomAccess(rooms as unknown as ChatRoomRepository);
  const senders = { nameOf: jest.fn().mockResolvedValue('Ana') };
  const reply = Message.post({
    room,
    sender: { id: room.sellerId, role: 'seller' },
    senderName: 'Toko',
    clientMessageId: `auto-reply:${written.id}`,
    text: 'We are away',
    maxLength: 50,
    recipientOnline: () => true,
    now: new Date(),
    automatic: true,
  });
  const autoReplier = { replyTo: jest.fn().mockResolvedValue(reply) };
  const content = { type: 'text' as const, card: null };
  const cards = { contentOf: jest.fn().mockResolvedValue(content) };
  const handler = new PostMessageHandler(
    access,
    writer as unknown as MessageWriter,
    senders as unknown as SenderNames,
    autoReplier as unknown as AutoReplier,
    cards as unknown as MessageCards,
  );
  return { writer, handler, written, autoReplier, reply, rooms, cards, content };
}

describe('PostMessageHandler', () => {
  it('hands the draft with the sender’s name to the writer and answers its view', async () => {
    const { writer, handler, written, cards, content } = setup();
    const result = await handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', ' halo '));
    expect(cards.contentOf).toHaveBeenCalledWith(room.parties, buyer, { type: 'text' });
    expect(writer.write).toHaveBeenCalledWith({
      room: room.parties,
      sender: buyer,
      senderName: 'Ana',
      clientMessageId: 'c-1',
      text: ' halo ',
      content,
    });
    expect(result).toEqual({
      created: true,
      message: expect.objectContaining({
        id: written.id,
        roomId: room.id,
        text: 'halo',
        automatic: false,
      }),
      // The room's sockets get the full views (admins' sockets keep maskedText).
      broadcast: expect.objectContaining({ id: written.id, text: 'halo', maskedText: null }),
      autoReply: expect.objectContaining({
        text: 'We are away',
        automatic: true,
        maskedText: null,
      }),
    });
  });

  it('asks for the automatic reply only for a new message from the buyer', async () => {
    const fresh = setup();
    await fresh.handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', 'halo'));
    expect(fresh.autoReplier.replyTo).toHaveBeenCalledWith(room.parties, fresh.written);

    const resent = setup(false);
    const again = await resent.handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', 'x'));
    expect(resent.autoReplier.replyTo).not.toHaveBeenCalled();
    expect(again.autoReply).toBeNull();

    const fromSeller = setup();
    const seller = { id: room.sellerId, role: 'seller' as const };
    await fromSeller.handler.execute(new PostMessageCommand(seller, room.id, 'c-3', 'hi'));
    expect(fromSeller.autoReplier.replyTo).not.toHaveBeenCalled();
  });

  it('reads a room once: who takes part in it never changes', async () => {
    const { handler, rooms, writer } = setup();
    await handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', 'halo'));
    await handler.execute(new PostMessageCommand(buyer, room.id, 'c-2', 'lagi'));
    const stranger = { id: randomUUID(), role: 'buyer' as const };
    await expect(
      handler.execute(new PostMessageCommand(stranger, room.id, 'c-3', 'hi')),
    ).rejects.toMatchObject({ code: 'CHAT.ROOM_NOT_FOUND' });
    expect(rooms.findById).toHaveBeenCalledTimes(1);
    expect(writer.write).toHaveBeenCalledTimes(2);
  });

  it('refuses an admin, who only reads rooms, before writing anything', async () => {
    const { writer, handler, cards } = setup();
    const admin = { id: randomUUID(), role: 'admin' as const };
    await expect(
      handler.execute(new PostMessageCommand(admin, room.id, 'c-2', 'hi')),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^CHAT\./) });
    expect(writer.write).not.toHaveBeenCalled();
    expect(cards.contentOf).not.toHaveBeenCalled();
  });
});
