// What a non-text message carries: a snapshot taken when it was sent, never re-read later.

export const MESSAGE_TYPES = ['text', 'image', 'product_card', 'order_card', 'system'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export interface CardMoney {
  /** Integer minor units of `currency`. */
  amount: number;
  currency: string;
}

/** A catalog product, or a shop's offer of one variant of it (then with the shop's price). */
export interface ProductCard {
  kind: 'product';
  productId: string;
  offerId: string | null;
  variantId: string | null;
  name: string;
  variantLabel: string | null;
  price: CardMoney | null;
  imageUrl: string | null;
  productStatus: string;
  /** Whether the offer was on sale; null for a product sent without an offer. */
  offerActive: boolean | null;
}

/** One shop's part of an order (also the card of a system message about its status). */
export interface OrderCard {
  kind: 'order';
  orderId: string;
  orderNumber: string;
  shopOrderId: string;
  status: string;
  total: CardMoney;
  itemCount: number;
  imageUrl: string | null;
  carrier: string | null;
  trackingNumber: string | null;
}

/** An image uploaded to the room (its metadata stripped), sent by reference. */
export interface ImageCard {
  kind: 'image';
  attachmentId: string;
  url: string;
  contentType: string;
  size: number;
}

export type MessageCard = ProductCard | OrderCard | ImageCard;

/** The card kind each type needs (text needs none). */
export const CARD_KIND: Record<Exclude<MessageType, 'text'>, MessageCard['kind']> = {
  image: 'image',
  product_card: 'product',
  order_card: 'order',
  system: 'order',
};

/** One line for lists and notifications, e.g. "[Product] Kaos Polos". */
export function messagePreview(type: MessageType, text: string, card: MessageCard | null): string {
  const caption = text ? ` ${text}` : '';
  if (!card) return text;
  switch (card.kind) {
    case 'image':
      return `[Image]${caption}`;
    case 'product':
      return `[Product] ${card.name}${caption}`;
    case 'order':
      return type === 'system' ? text : `[Order] ${card.orderNumber}${caption}`;
  }
}
