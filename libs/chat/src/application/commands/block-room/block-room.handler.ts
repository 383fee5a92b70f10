import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChatBlock } from '../../../domain/block/chat-block.entity';
import { ChatBlockRepository } from '../../../domain/block/chat-block.repository';
import { RoomAccess } from '../../services/room-access';
import { BlockRoomCommand } from './block-room.command';

@CommandHandler(BlockRoomCommand)
export class BlockRoomHandler implements ICommandHandler<BlockRoomCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly blocks: ChatBlockRepository,
  ) {}

  async execute({ actor, roomId }: BlockRoomCommand): Promise<{ created: boolean }> {
    const { room } = await this.access.readable(actor, roomId);
    const block = ChatBlock.place(room, actor, new Date());
    if (await this.blocks.find(block.buyerId, block.shopId, block.side)) return { created: false };
    await this.blocks.add(block);
    return { created: true };
  }
}
