// Integration events of the chat context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const CHAT_MESSAGE_POSTED = 'chat.message-posted';

/** A message was stored. `recipients`: the room's other participants, and whether each was online. */
export interface ChatMessagePostedPayload {
  messageId: string;
  roomId: string;
  shopId: string;
  buyerId: string;
  orderId: string | null;
  senderId: string;
  senderName: string;
  /** text, image, product_card or order_card. */
  messageType: string;
  /** The text, or for an image or card its one-line preview ("[Product] Kaos Polos"). */
  text: string;
  sentAt: string;
  recipients: { userId: string; online: boolean }[];
}
