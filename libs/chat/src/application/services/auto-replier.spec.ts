import { randomUUID } from 'node:crypto';
import { Message } from '../../domain/message/message.aggregate';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { ShopChatSettings } from '../../domain/seller-tools/shop-chat-settings.aggregate';
import { ShopChatSettingsRepository } from '../../domain/seller-tools/shop-chat-settings.repository';
import { AutoReplyClaims } from '../ports/auto-reply-claims';
import { AUTO_REPLY_WINDOW_MS, AutoReplier } from './auto-replier';
import { MessageWriter } from './message-writer';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const room = ChatRoom.open({
  buyer,
  shopId: randomUUID(),
  sellerId: randomUUID(),
  shopName: 'Toko Budi',
  orderId: null,
  now: new Date(),
});
const buyerMessage = Message.post({
  room,
  sender: buyer,
  senderName: 'Ana',
  clientMessageId: 'c-1',
  text: 'halo',
  maxLength: 50,
  recipientOnline: () => false,
  now: new Date(),
});

function setup(away: boolean | null, claimed = true) {
  let settings: ShopChatSettings | null = null;
  if (away !== null) {
    settings = ShopChatSettings.defaults(room.shopId, new Date());
    settings.update({ away, awayMessage: 'Libur dulu', businessHours: null }, 100, new Date());
  }
  const repository = { findForAutoReply: jest.fn().mockResolvedValue(settings) };
  const claims = { claim: jest.fn().mockResolvedValue(claimed) };
  const writer = { write: jest.fn(async () => ({ message: buyerMessage, created: true })) };
  const replier = new AutoReplier(
    repository as unknown as ShopChatSettingsRepository,
    claims as unknown as AutoReplyClaims,
    writer as unknown as MessageWriter,
  );
  return { replier, claims, writer, repository };
}

describe('AutoReplier', () => {
  it('writes the away message for the shop, marked automatic and keyed by the buyer message', async () => {
    const { replier, claims, writer } = setup(true);
    expect(await replier.replyTo(room, buyerMessage)).toBe(buyerMessage);
    expect(claims.claim).toHaveBeenCalledWith(
      room.shopId,
      buyer.id,
      expect.any(Date),
      AUTO_REPLY_WINDOW_MS,
    );
    expect(writer.write).toHaveBeenCalledWith({
      room,
      sender: { id: room.sellerId, role: 'seller' },
      senderName: 'Toko Budi',
      clientMessageId: `auto-reply:${buyerMessage.id}`,
      text: 'Libur dulu',
      automatic: true,
    });
  });

  it('stays quiet while the shop is open or has no settings, without claiming', async () => {
    for (const away of [false, null]) {
      const { replier, claims, writer } = setup(away);
      expect(await replier.replyTo(room, buyerMessage)).toBeNull();
      expect(claims.claim).not.toHaveBeenCalled();
      expect(writer.write).not.toHaveBeenCalled();
    }
  });

  it('writes nothing when the buyer already had the reply in the window', async () => {
    const { replier, writer } = setup(true, false);
    expect(await replier.replyTo(room, buyerMessage)).toBeNull();
    expect(writer.write).not.toHaveBeenCalled();
  });

  it('never fails the buyer’s message when the reply cannot be written', async () => {
    const { replier, writer } = setup(true);
    writer.write.mockRejectedValueOnce(new Error('database down'));
    jest.spyOn(replier['logger'], 'error').mockImplementation(() => undefined);
    expect(await replier.replyTo(room, buyerMessage)).toBeNull();
  });
});
