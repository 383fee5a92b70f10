import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { SetOrderRoomsHoldCommand } from './set-order-rooms-hold.command';

@CommandHandler(SetOrderRoomsHoldCommand)
export class SetOrderRoomsHoldHandler implements ICommandHandler<SetOrderRoomsHoldCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly em: EntityManager,
  ) {}

  execute({ orderId, reason, at }: SetOrderRoomsHoldCommand): Promise<number> {
    return this.em.transactional(async () => {
      const rooms = await this.rooms.findForUpdate({ orderId });
      const changed = rooms.filter((room) =>
        reason === null ? room.releaseHold('dispute') : room.placeHold('dispute', reason, at),
      );
      await this.rooms.save(changed);
      return changed.length;
    });
  }
}
