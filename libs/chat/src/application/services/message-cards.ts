import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetProductCardsQuery, GetVariantSummariesQuery } from '@pasar/catalog';
import { GetOrderPartiesQuery, GetShopOrderCardQuery, ShopOrderCard } from '@pasar/ordering';
import { GetOffersQuery } from '@pasar/shops';
import { Actor } from '@pasar/shared';
import { AttachmentRepository } from '../../domain/attachment/attachment.repository';
import { MessageContent } from '../../domain/message/message.aggregate';
import { MessageType, OrderCard, ProductCard } from '../../domain/message/message-card';
import { RoomParties } from '../../domain/room/room-parties';
import {
  AttachmentAlreadySentError,
  attachmentNotFound,
  InvalidCardError,
  orderNotFound,
  productNotFound,
} from '../../domain/room/chat.errors';

/** What a sender names for a non-text message: the reference its card is made from. */
export interface ContentRequest {
  type: Exclude<MessageType, 'system'>;
  productId?: string;
  offerId?: string;
  orderId?: string;
  attachmentId?: string;
}

const REFERENCES = ['productId', 'offerId', 'orderId', 'attachmentId'] as const;
const ALLOWED: Record<ContentRequest['type'], readonly (typeof REFERENCES)[number][]> = {
  text: [],
  image: ['attachmentId'],
  product_card: ['productId', 'offerId'],
  order_card: ['orderId'],
};

/**
 * Takes the snapshot a message carries, when it is sent, from the contexts that own the
 * things it shows (catalog, shops, ordering) and from the room's uploads. Never re-read later.
 */
@Injectable()
export class MessageCards {
  constructor(
    private readonly queries: QueryBus,
    private readonly attachments: AttachmentRepository,
  ) {}

  async contentOf(
    room: RoomParties,
    sender: Pick<Actor, 'id'>,
    request: ContentRequest,
  ): Promise<MessageContent> {
    const given = REFERENCES.filter((field) => request[field] !== undefined);
    const stray = given.find((field) => !ALLOWED[request.type].includes(field));
    if (stray) throw new InvalidCardError(stray, `is not used by a ${request.type} message`);
    switch (request.type) {
      case 'text':
        return { type: 'text', card: null };
      case 'image':
        return { type: 'image', card: await this.image(room, sender, request.attachmentId) };
      case 'product_card':
        if (given.length !== 1) {
          throw new InvalidCardError('productId', 'give either productId or offerId');
        }
        return {
          type: 'product_card',
          card: request.offerId
            ? await this.offer(room, request.offerId)
            : await this.product(request.productId!),
        };
      case 'order_card':
        if (!request.orderId) throw new InvalidCardError('orderId', 'is required');
        return { type: 'order_card', card: await this.order(room, request.orderId) };
    }
  }

  /** The card of one shop's part of an order as it stands now (also for status cards). */
  async orderCard(card: ShopOrderCard): Promise<OrderCard> {
    const [product] = card.firstProductId
      ? await this.queries.execute(new GetProductCardsQuery([card.firstProductId]))
      : [];
    return {
      kind: 'order',
      orderId: card.orderId,
      orderNumber: card.number,
      shopOrderId: card.shopOrderId,
      status: card.status,
      total: { amount: card.total, currency: card.currency },
      itemCount: card.itemCount,
      imageUrl: product?.imageUrl ?? null,
      carrier: card.carrier,
      trackingNumber: card.trackingNumber,
    };
  }

  private async image(room: RoomParties, sender: Pick<Actor, 'id'>, attachmentId?: string) {
    if (!attachmentId) throw new InvalidCardError('attachmentId', 'is required');
    const attachment = await this.attachments.findById(attachmentId);
    if (!attachment) throw attachmentNotFound(attachmentId);
    const card = attachment.cardFor(room.id, sender.id);
    if (await this.attachments.isSent(attachmentId)) {
      throw new AttachmentAlreadySentError(attachmentId);
    }
    return card;
  }

  /** A shop's offer: only one of the room's shop, with that shop's price. */
  private async offer(room: RoomParties, offerId: string): Promise<ProductCard> {
    const [offer] = await this.queries.execute(new GetOffersQuery([offerId]));
    if (!offer || offer.shopId !== room.shopId) throw productNotFound(offerId);
    const [[variant], [product]] = await Promise.all([
      this.queries.execute(new GetVariantSummariesQuery([offer.variantId])),
      this.queries.execute(new GetProductCardsQuery([offer.productId])),
    ]);
    if (!product) throw productNotFound(offerId);
    return {
      kind: 'product',
      productId: offer.productId,
      offerId: offer.id,
      variantId: offer.variantId,
      name: product.name,
      variantLabel: variant?.title || null,
      price: { amount: offer.price.amount, currency: offer.price.currency },
      imageUrl: product.imageUrl,
      productStatus: product.status,
      offerActive: offer.active,
    };
  }

  /** A catalog product without a shop's price; drafts are not shown to others. */
  private async product(productId: string): Promise<ProductCard> {
    const [product] = await this.queries.execute(new GetProductCardsQuery([productId]));
    if (!product || product.status === 'draft') throw productNotFound(productId);
    return {
      kind: 'product',
      productId: product.productId,
      offerId: null,
      variantId: null,
      name: product.name,
      variantLabel: null,
      price: null,
      imageUrl: product.imageUrl,
      productStatus: product.status,
      offerActive: null,
    };
  }

  /** Only an order of the room's buyer with the room's shop. */
  private async order(room: RoomParties, orderId: string): Promise<OrderCard> {
    const parties = await this.queries.execute(new GetOrderPartiesQuery(orderId));
    if (!parties || parties.buyerId !== room.buyerId || !parties.shopIds.includes(room.shopId)) {
      throw orderNotFound(orderId);
    }
    const card = await this.queries.execute(new GetShopOrderCardQuery(orderId, room.shopId));
    if (!card) throw orderNotFound(orderId);
    return this.orderCard(card);
  }
}
