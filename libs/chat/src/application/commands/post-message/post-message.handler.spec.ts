import { randomUUID } from 'node:crypto';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { Message } from '../../../domain/message/message.aggregate';
import { MessageRepository } from '../../../domain/message/message.repository';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { Presence } from '../../ports/presence';
import { RoomAccess } from '../../services/room-access';
import { PostMessageCommand } from './post-message.command';
import { PostMessageHandler } from './post-message.handler';

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

function setup() {
  const messages = {
    findInRoom: jest.fn(),
    findByClientId: jest.fn().mockResolvedValue(null),
    add: jest.fn().mockResolvedValue(undefined),
  };
  const presence = { onlineAmong: jest.fn().mockResolvedValue(new Set([sellerId])) };
  const access = { readable: jest.fn().mockResolvedValue({ room, participation: 'buyer' }) };
  const queries = { execute: jest.fn().mockResolvedValue({ name: 'Ana' }) };
  const handler = new PostMessageHandler(
    access as unknown as RoomAccess,
    messages as unknown as MessageRepository,
    presence as unknown as Presence,
    queries as unknown as QueryBus,
    { chat: { maxMessageLength: 50 } } as AppConfig,
  );
  return { messages, handler };
}

describe('PostMessageHandler', () => {
  it('stores the message with the recipient’s presence in its event', async () => {
    const { messages, handler } = setup();
    const { message, created } = await handler.execute(
      new PostMessageCommand(buyer, room.id, 'c-1', ' halo '),
    );
    expect(created).toBe(true);
    expect(message).toMatchObject({ roomId: room.id, text: 'halo', senderRole: 'buyer' });
    const stored = messages.add.mock.calls[0][0] as Message;
    expect(stored.peekEvents()[0].payload).toMatchObject({
      recipients: [{ userId: sellerId, online: true }],
      senderName: 'Ana',
    });
  });

  it('answers a resent clientMessageId with the stored message, storing nothing', async () => {
    const { messages, handler } = setup();
    const earlier = Message.post({
      room,
      sender: buyer,
      senderName: 'Ana',
      clientMessageId: 'c-1',
      text: 'first',
      maxLength: 50,
      recipientOnline: () => false,
      now: new Date(),
    });
    messages.findByClientId.mockResolvedValueOnce(earlier);
    const result = await handler.execute(new PostMessageCommand(buyer, room.id, 'c-1', 'again'));
    expect(result).toMatchObject({ created: false, message: { id: earlier.id, text: 'first' } });
    expect(messages.add).not.toHaveBeenCalled();
  });

  it('refuses text over the configured length', async () => {
    const { messages, handler } = setup();
    await expect(
      handler.execute(new PostMessageCommand(buyer, room.id, 'c-2', 'x'.repeat(51))),
    ).rejects.toMatchObject({ code: 'CHAT.INVALID_MESSAGE' });
    expect(messages.add).not.toHaveBeenCalled();
  });
});
