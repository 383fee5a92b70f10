import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { CloseOrderRoomsCommand } from './close-order-rooms.command';

@CommandHandler(CloseOrderRoomsCommand)
export class CloseOrderRoomsHandler implements ICommandHandler<CloseOrderRoomsCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly em: EntityManager,
  ) {}

  execute({ orderId, shopId, at }: CloseOrderRoomsCommand): Promise<number> {
    return this.em.transactional(async () => {
      const rooms = await this.rooms.findForUpdate(shopId ? { orderId, shopId } : { orderId });
      const closed = rooms.filter((room) => room.close(at));
      await this.rooms.save(closed);
      return closed.length;
    });
  }
}
