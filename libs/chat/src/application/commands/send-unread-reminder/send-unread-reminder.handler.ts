import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { ChatUnreadReminderEvent } from '../../../domain/reminder/unread-reminder.events';
import { Presence } from '../../ports/presence';
import { ReminderOutbox } from '../../ports/reminder-outbox';
import { SenderNames } from '../../services/sender-names';
import { UnreadMessages } from '../../services/unread-messages';
import { ReminderOutcome, SendUnreadReminderCommand } from './send-unread-reminder.command';

@CommandHandler(SendUnreadReminderCommand)
export class SendUnreadReminderHandler implements ICommandHandler<SendUnreadReminderCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly presence: Presence,
    private readonly unread: UnreadMessages,
    private readonly senders: SenderNames,
    private readonly outbox: ReminderOutbox,
  ) {}

  async execute({
    roomId,
    userId,
    reminderId,
  }: SendUnreadReminderCommand): Promise<ReminderOutcome> {
    const room = await this.rooms.findById(roomId);
    if (!room) return 'no_room';
    // Online users see messages arrive (and get the unread badge); they need no reminder.
    if ((await this.presence.onlineAmong([userId])).has(userId)) return 'online';
    const { count, firstUnreadAt, senderIds } = await this.unread.of(room.id, userId);
    if (count === 0 || !firstUnreadAt) return 'nothing_unread';
    const senderNames = await Promise.all(senderIds.map((id) => this.senders.nameOf(id)));
    await this.outbox.publish(
      new ChatUnreadReminderEvent(reminderId, {
        userId,
        roomId: room.id,
        shopId: room.shopId,
        buyerId: room.buyerId,
        orderId: room.orderId,
        unreadCount: count,
        senderNames: [...new Set(senderNames)].sort(),
        firstUnreadAt: firstUnreadAt.toISOString(),
      }),
    );
    return 'sent';
  }
}
