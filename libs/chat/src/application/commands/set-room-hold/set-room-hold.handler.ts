import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { roomNotFound } from '../../../domain/room/chat.errors';
import { SetRoomHoldCommand } from './set-room-hold.command';

@CommandHandler(SetRoomHoldCommand)
export class SetRoomHoldHandler implements ICommandHandler<SetRoomHoldCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly em: EntityManager,
  ) {}

  execute({ roomId, reason }: SetRoomHoldCommand): Promise<void> {
    return this.em.transactional(async () => {
      const [room] = await this.rooms.findForUpdate({ id: roomId });
      if (!room) throw roomNotFound(roomId);
      const changed =
        reason === null ? room.releaseHold('admin') : room.placeHold('admin', reason, new Date());
      if (changed) await this.rooms.save([room]);
    });
  }
}
