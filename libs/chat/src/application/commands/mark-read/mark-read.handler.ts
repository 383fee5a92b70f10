import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessageRepository } from '../../../domain/message/message.repository';
import { ReadMarker } from '../../../domain/read-state/read-marker.entity';
import { ReadMarkerRepository } from '../../../domain/read-state/read-marker.repository';
import { messageNotFound } from '../../../domain/room/chat.errors';
import { RoomAccess } from '../../services/room-access';
import { MarkReadCommand } from './mark-read.command';
import { ReadReceiptView } from './read-receipt.view';

@CommandHandler(MarkReadCommand)
export class MarkReadHandler implements ICommandHandler<MarkReadCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly messages: MessageRepository,
    private readonly markers: ReadMarkerRepository,
    private readonly em: EntityManager,
  ) {}

  async execute({ actor, roomId, messageId }: MarkReadCommand): Promise<ReadReceiptView> {
    const { room } = await this.access.readable(actor, roomId);
    room.writerRole(actor);
    const message = await this.messages.findInRoom(room.id, messageId);
    if (!message) throw messageNotFound(messageId);

    const advance = () =>
      this.em.transactional(async () => {
        const now = new Date();
        let marker = await this.markers.findForUpdate(room.id, actor.id);
        if (marker) marker.advanceTo(message, now);
        else marker = ReadMarker.start(room.id, actor.id, message, now);
        await this.markers.save(marker);
        return marker;
      });
    let marker: ReadMarker;
    try {
      marker = await advance();
    } catch (error) {
      // Two first receipts raced to create the marker; the second now finds and advances it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.em.clear();
      marker = await advance();
    }
    return {
      roomId: room.id,
      userId: actor.id,
      messageId: marker.lastReadMessageId,
      readAt: marker.lastReadAt.toISOString(),
    };
  }
}
