import { randomUUID } from 'node:crypto';
import { Message } from '../../../domain/message/message.aggregate';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
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

function setup() {
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
  const writer = { write: jest.fn().mockResolvedValue({ message: written, created: true }) };
  const access = { readable: jest.fn().mockResolvedValue({ room, participation: 'buyer' }) };
  const senders = { nameOf: jest.fn().mockResolvedValue('Ana') };
  const content = { type: 'text' as const, card: null };
  const cards = { contentOf: jest.fn().mockResolvedValue(content) };
  const handler = new PostMessageHandler(
    access as unknown as RoomAccess,
    writer as unknown as MessageWriter,
    senders as unknown as SenderNames,
    cards as unknown as MessageCards,
  );
  return { writer, handler, written, cards, content };
}

describe('PostMessageHandler', () => {
  it('hands the draft with the sender’s name to the writer and answers its view', async () => {
    const { writer, handler, written, cards, content } = setup();
    const result = await handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', ' halo '));
    expect(cards.contentOf).toHaveBeenCalledWith(room, buyer, { type: 'text' });
    expect(writer.write).toHaveBeenCalledWith({
      room,
      sender: buyer,
      senderName: 'Ana',
      clientMessageId: 'c-1',
      text: ' halo ',
      content,
    });
    expect(result).toEqual({
      created: true,
      message: expect.objectContaining({ id: written.id, roomId: room.id, text: 'halo' }),
    });
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
