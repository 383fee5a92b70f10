import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppConfig } from '@pasar/shared';
import { ChatBlockRepository } from '../../domain/block/chat-block.repository';
import { CONTACT_MASK } from '../../domain/contact-filter/contact-detector';
import { ContactFilterSettings } from '../../domain/contact-filter/contact-filter-settings.entity';
import { Message } from '../../domain/message/message.aggregate';
import { MessageRepository } from '../../domain/message/message.repository';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { Presence } from '../ports/presence';
import { ContactFilter } from './contact-filter';
import { ContactOffenders } from './contact-offenders';
import { MessageDraft, MessageWriter } from './message-writer';
import { RoomOrderNumbers } from './room-order-numbers';

/** The chat.message-posted payload the message records when posted (the store adds `seq`). */
function postedEvent(message: Message) {
  return message.peekEvents()[0].payload;
}

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

const draft = (clientMessageId: string, text = 'halo'): MessageDraft => ({
  room,
  sender: buyer,
  senderName: 'Ana',
  clientMessageId,
  text,
});

function setup() {
  const stored: Message[] = [];
  const messages = {
    findInRoom: jest.fn(),
    findByClientId: jest.fn(async (roomId: string, senderId: string, clientId: string) => {
      return (
        stored.find(
          (m) => m.roomId === roomId && m.senderId === senderId && m.clientMessageId === clientId,
        ) ?? null
      );
    }),
    addAll: jest.fn(async (batch: Message[]) => {
      const taken = batch.some((m) => stored.some((s) => s.clientMessageId === m.clientMessageId));
      if (taken) throw new UniqueConstraintViolationException(new Error('duplicate key'));
      stored.push(...batch);
    }),
  };
  const presence = { onlineAmong: jest.fn(async () => new Set([sellerId])) };
  const blocks = { blockedAmong: jest.fn(async () => new Set<string>()) };
  const settings = ContactFilterSettings.defaults();
  const contactFilter = {
    current: jest.fn(async () => ({ settings, rules: settings.rules(['pasar.id']) })),
  };
  const offenders = { record: jest.fn(async () => undefined) };
  const orderNumbers = { allowedIn: jest.fn(async () => new Map<string, string[]>()) };
  const writer = new MessageWriter(
    messages as unknown as MessageRepository,
    presence as unknown as Presence,
    { chat: { maxMessageLength: 50 } } as AppConfig,
    blocks as unknown as ChatBlockRepository,
    contactFilter as unknown as ContactFilter,
    offenders as unknown as ContactOffenders,
    orderNumbers as unknown as RoomOrderNumbers,
  );
  return { writer, messages, presence, stored, blocks, contactFilter, offenders, orderNumbers };
}

describe('MessageWriter', () => {
  it('writes drafts sent together in one transaction with one presence lookup', async () => {
    const { writer, messages, presence } = setup();
    const results = await Promise.all(['c-1', 'c-2', 'c-3'].map((id) => writer.write(draft(id))));
    expect(results.map((r) => [r.message.clientMessageId, r.created])).toEqual([
      ['c-1', true],
      ['c-2', true],
      ['c-3', true],
    ]);
    expect(messages.addAll).toHaveBeenCalledTimes(1);
    expect(presence.onlineAmong).toHaveBeenCalledTimes(1);
    expect(presence.onlineAmong).toHaveBeenCalledWith([sellerId]);
  });

  it('records the recipient’s presence and the sender’s name in each message’s event', async () => {
    const { writer, messages } = setup();
    await writer.write(draft('c-1'));
    const [message] = messages.addAll.mock.calls[0][0];
    expect(postedEvent(message)).toMatchObject({
      recipients: [{ userId: sellerId, online: true }],
      senderName: 'Ana',
    });
  });

  it('answers a resent clientMessageId with the stored message and still writes the rest of its group', async () => {
    const { writer, stored } = setup();
    const first = await writer.write(draft('c-1', 'first'));
    const [again, other] = await Promise.all([
      writer.write(draft('c-1', 'again')),
      writer.write(draft('c-2')),
    ]);
    expect(again).toEqual({ message: first.message, created: false });
    expect(other.created).toBe(true);
    expect(stored.map((m) => [m.clientMessageId, m.text])).toEqual([
      ['c-1', 'first'],
      ['c-2', 'halo'],
    ]);
  });

  it('refuses bad text for its own draft only', async () => {
    const { writer, stored } = setup();
    const [tooLong, fine] = await Promise.allSettled([
      writer.write(draft('c-1', 'x'.repeat(51))),
      writer.write(draft('c-2')),
    ]);
    expect(tooLong).toMatchObject({
      status: 'rejected',
      reason: { code: 'CHAT.INVALID_MESSAGE' },
    });
    expect(fine).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(stored.map((m) => m.clientMessageId)).toEqual(['c-2']);
  });

  it('fails every draft of a group when the database is down, and recovers for the next', async () => {
    const { writer, messages } = setup();
    messages.addAll.mockRejectedValueOnce(new Error('connection refused'));
    messages.addAll.mockRejectedValueOnce(new Error('connection refused'));
    await expect(writer.write(draft('c-1'))).rejects.toThrow('connection refused');
    await expect(writer.write(draft('c-2'))).resolves.toMatchObject({ created: true });
  });

  it('masks contact details with the cached rules, keeps the original and counts the offence', async () => {
    const { writer, contactFilter, offenders } = setup();
    const [masked, plain] = await Promise.all([
      writer.write(draft('c-1', 'wa 0812 3456 7890')),
      writer.write(draft('c-2', 'see pasar.id/p/1')),
    ]);
    expect(masked.message).toMatchObject({ text: 'wa 0812 3456 7890', maskedKinds: ['phone'] });
    expect(masked.message.maskedText).toBe(`wa ${CONTACT_MASK}`);
    expect(postedEvent(masked.message)).toMatchObject({
      text: `wa ${CONTACT_MASK}`,
      masked: true,
    });
    expect(plain.message.maskedText).toBeNull();
    expect(contactFilter.current).toHaveBeenCalledTimes(1);
    expect(offenders.record).toHaveBeenCalledWith([masked.message, plain.message]);
  });

  it('refuses drafts between a blocked buyer and shop with CHAT.BLOCKED, writing the others', async () => {
    const { writer, blocks, stored } = setup();
    const other = ChatRoom.open({
      buyer,
      shopId: randomUUID(),
      sellerId,
      shopName: 'Lain',
      orderId: null,
      now: new Date(),
    });
    blocks.blockedAmong.mockResolvedValueOnce(new Set([`${buyer.id}:${room.shopId}`]));
    const [blocked, fine] = await Promise.allSettled([
      writer.write(draft('c-1')),
      writer.write({ ...draft('c-2'), room: other }),
    ]);
    expect(blocked).toMatchObject({ status: 'rejected', reason: { code: 'CHAT.BLOCKED' } });
    expect(fine).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(stored.map((m) => m.clientMessageId)).toEqual(['c-2']);
    expect(blocks.blockedAmong).toHaveBeenCalledTimes(1);
  });

  it('leaves the numbers of the room’s own order unmasked', async () => {
    const { writer, orderNumbers } = setup();
    orderNumbers.allowedIn.mockResolvedValueOnce(new Map([[room.id, ['0012345678901']]]));
    const { message } = await writer.write(draft('c-1', 'resi 0012345678901, wa 081234567890'));
    expect(message.maskedText).toBe(`resi 0012345678901, wa ${CONTACT_MASK}`);
    expect(orderNumbers.allowedIn).toHaveBeenCalledWith([expect.objectContaining({ room })], {
      kinds: ['phone', 'email', 'link'],
      allowedHosts: ['pasar.id'],
    });
  });
});
