import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { blockNotFound } from '../../../domain/block/block.errors';
import { ChatBlock } from '../../../domain/block/chat-block.entity';
import { ChatBlockRepository } from '../../../domain/block/chat-block.repository';
import { RoomAccess } from '../../services/room-access';
import { UnblockRoomCommand } from './unblock-room.command';

@CommandHandler(UnblockRoomCommand)
export class UnblockRoomHandler implements ICommandHandler<UnblockRoomCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly blocks: ChatBlockRepository,
  ) {}

  async execute({ actor, roomId }: UnblockRoomCommand): Promise<void> {
    const { room } = await this.access.readable(actor, roomId);
    const side = ChatBlock.sideOf(room, actor);
    const block = await this.blocks.find(room.buyerId, room.shopId, side);
    if (!block) throw blockNotFound();
    await this.blocks.remove(block);
  }
}
