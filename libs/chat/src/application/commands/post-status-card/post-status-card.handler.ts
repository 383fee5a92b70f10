import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetShopOrderCardQuery } from '@pasar/ordering';
import { OrderCard } from '../../../domain/message/message-card';
import { Message, SYSTEM_SENDER_ID } from '../../../domain/message/message.aggregate';
import { MessageRepository } from '../../../domain/message/message.repository';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { RoomBroadcaster } from '../../ports/room-broadcaster';
import { viewOfMessage } from '../../queries/get-room/message.view';
import { MessageCards } from '../../services/message-cards';
import { OrderStatusChange, PostStatusCardCommand } from './post-status-card.command';
import { statusCardText } from './status-card-text';

@CommandHandler(PostStatusCardCommand)
export class PostStatusCardHandler implements ICommandHandler<PostStatusCardCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly messages: MessageRepository,
    private readonly cards: MessageCards,
    private readonly queries: QueryBus,
    private readonly broadcaster: RoomBroadcaster,
  ) {}

  async execute({ change }: PostStatusCardCommand): Promise<{ posted: number }> {
    const rooms = (await this.rooms.findAboutOrder(change.orderId)).filter(
      (room) => change.shopId === null || room.shopId === change.shopId,
    );
    let posted = 0;
    for (const room of rooms) {
      const message = await this.post(room, change);
      if (!message) continue;
      await this.broadcaster.messagePosted(viewOfMessage(message, { role: 'buyer' }));
      posted += 1;
    }
    return { posted };
  }

  /** The room's status message, or null when this event already posted it there. */
  private async post(room: ChatRoom, change: OrderStatusChange): Promise<Message | null> {
    const clientMessageId = `order-event:${change.eventId}`;
    if (await this.messages.findByClientId(room.id, SYSTEM_SENDER_ID, clientMessageId)) {
      return null;
    }
    const card = await this.cardOf(room, change);
    if (!card) return null;
    const message = Message.system({
      room,
      clientMessageId,
      text: statusCardText(change, card),
      card,
      now: new Date(),
    });
    try {
      await this.messages.addAll([message]);
    } catch (error) {
      // The same event, delivered twice at once, posted here first.
      if (error instanceof UniqueConstraintViolationException) return null;
      throw error;
    }
    return message;
  }

  /** The shop's part of the order, showing the status the event left it in. */
  private async cardOf(room: ChatRoom, change: OrderStatusChange): Promise<OrderCard | null> {
    const current = await this.queries.execute(
      new GetShopOrderCardQuery(change.orderId, room.shopId),
    );
    if (!current) return null;
    return {
      ...(await this.cards.orderCard(current)),
      status: change.status,
      carrier: change.carrier ?? current.carrier,
      trackingNumber: change.trackingNumber ?? current.trackingNumber,
    };
  }
}
