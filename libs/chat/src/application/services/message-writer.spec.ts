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
import { MAX_GROUPS_IN_FLIGHT, MessageDraft, MessageWriter } from './message-writer';
import { RoomOrderNumbers } from './room-order-numbers';

/** The chat.message-posted payload the message records once it is numbered. */
function postedEvent(message: Message) {
  message.numbered(1);
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

const roomOf = (shopName: string) =>
  ChatRoom.open({
    buyer,
    shopId: randomUUID(),
    sellerId,
    shopName,
    orderId: null,
    now: new Date(),
  });

const draft = (clientMessageId: string, text = 'halo', inRoom = room): MessageDraft => ({
  room: inRoom,
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

  describe('with several groups being written', () => {
    /** addAll calls that wait until released, in call order. */
    function gated(messages: ReturnType<typeof setup>['messages']) {
      const gates: (() => void)[] = [];
      messages.addAll.mockImplementation(async () => {
        await new Promise<void>((resolve) => gates.push(resolve));
      });
      return gates;
    }
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const settled = async () => {
      for (let i = 0; i < 5; i++) await nextTurn();
    };

    it(`writes groups of other rooms while one waits, up to ${MAX_GROUPS_IN_FLIGHT} at once`, async () => {
      const { writer, messages } = setup();
      const gates = gated(messages);
      const rooms = Array.from({ length: MAX_GROUPS_IN_FLIGHT + 1 }, (_, i) => roomOf(`Toko ${i}`));
      const writes = [];
      for (const [i, other] of rooms.entries()) {
        writes.push(writer.write(draft(`c-${i}`, 'halo', other)));
        await settled();
      }
      expect(messages.addAll).toHaveBeenCalledTimes(MAX_GROUPS_IN_FLIGHT);
      gates[0]();
      await settled();
      expect(messages.addAll).toHaveBeenCalledTimes(MAX_GROUPS_IN_FLIGHT + 1);
      expect(messages.addAll.mock.calls.at(-1)![0].map((m: Message) => m.roomId)).toEqual([
        rooms.at(-1)!.id,
      ]);
      gates.forEach((open) => open());
      await expect(Promise.all(writes)).resolves.toHaveLength(rooms.length);
    });

    it('keeps a room’s later drafts until its group is written, so they are numbered after it', async () => {
      const { writer, messages } = setup();
      const gates = gated(messages);
      const other = roomOf('Lain');
      const first = writer.write(draft('c-1'));
      await settled();
      const later = [writer.write(draft('c-2')), writer.write(draft('c-3', 'halo', other))];
      await settled();
      // The other room's draft went ahead; this room's waits for the group holding it.
      expect(
        messages.addAll.mock.calls.map(([batch]) => batch.map((m: Message) => m.clientMessageId)),
      ).toEqual([['c-1'], ['c-3']]);
      gates[0]();
      await first;
      await settled();
      expect(messages.addAll.mock.calls[2][0].map((m: Message) => m.clientMessageId)).toEqual([
        'c-2',
      ]);
      gates.forEach((open) => open());
      await Promise.all(later);
    });
  });
});
