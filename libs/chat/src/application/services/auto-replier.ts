import { Injectable, Logger } from '@nestjs/common';
import { Message } from '../../domain/message/message.aggregate';
import { RoomParties } from '../../domain/room/room-parties';
import { ShopChatSettingsRepository } from '../../domain/seller-tools/shop-chat-settings.repository';
import { AutoReplyClaims } from '../ports/auto-reply-claims';
import { MessageWriter } from './message-writer';

/** A buyer hears the automatic reply at most once per shop in this window. */
export const AUTO_REPLY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Answers a buyer's message for the shop while it is away or outside its business hours: one
 * automatic message per (shop, buyer) per 24 hours, stored through the message writer like any
 * other (so it is idempotent per buyer message and leaves through the outbox).
 */
@Injectable()
export class AutoReplier {
  private readonly logger = new Logger('AutoReplier');

  constructor(
    private readonly settings: ShopChatSettingsRepository,
    private readonly claims: AutoReplyClaims,
    private readonly writer: MessageWriter,
  ) {}

  /**
   * The automatic reply to `buyerMessage`, or null (the shop is open, or the buyer already had
   * one). A failure here never fails the buyer's message: it is logged and answered with null.
   */
  async replyTo(room: RoomParties, buyerMessage: Message): Promise<Message | null> {
    try {
      const settings = await this.settings.findForAutoReply(room.shopId);
      const now = new Date();
      const text = settings?.automaticReplyAt(now);
      if (!text) return null;
      if (!(await this.claims.claim(room.shopId, room.buyerId, now, AUTO_REPLY_WINDOW_MS))) {
        return null;
      }
      const { message } = await this.writer.write({
        room,
        sender: { id: room.sellerId, role: 'seller' },
        senderName: room.shopName,
        clientMessageId: `auto-reply:${buyerMessage.id}`,
        text,
        automatic: true,
      });
      return message;
    } catch (error) {
      this.logger.error({ err: error, roomId: room.id }, 'automatic reply failed');
      return null;
    }
  }
}
