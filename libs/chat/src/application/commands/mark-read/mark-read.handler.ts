import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MessageRepository } from '../../../domain/message/message.repository';
import { ReadMarkerRepository } from '../../../domain/read-state/read-marker.repository';
import { messageNotFound } from '../../../domain/room/chat.errors';
import { RoomAccess } from '../../services/room-access';
import { MarkReadCommand } from './mark-read.command';
import { ReadReceiptView } from './read-receipt.view';

/** Moves the reader's cursor forward (one upsert; never back, never past the last message). */
@CommandHandler(MarkReadCommand)
export class MarkReadHandler implements ICommandHandler<MarkReadCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly messages: MessageRepository,
    private readonly markers: ReadMarkerRepository,
  ) {}

  async execute({ actor, roomId, target }: MarkReadCommand): Promise<ReadReceiptView> {
    const { room } = await this.access.readable(actor, roomId);
    room.writerRole(actor);
    let seq: number;
    if ('seq' in target) {
      seq = target.seq;
    } else {
      const message = await this.messages.findInRoom(room.id, target.messageId);
      if (!message) throw messageNotFound(target.messageId);
      seq = message.seq;
    }
    const cursor = await this.markers.advance(room.id, actor.id, seq, new Date());
    return {
      roomId: room.id,
      userId: actor.id,
      lastReadSeq: cursor.lastReadSeq,
      readAt: cursor.lastReadAt.toISOString(),
    };
  }
}
