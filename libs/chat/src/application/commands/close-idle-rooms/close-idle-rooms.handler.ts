import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { RoomRetentionRepository } from '../../../domain/room/room-retention.repository';
import { daysBefore, RETENTION_BATCH } from '../purge-closed-rooms/purge-closed-rooms.handler';
import { CloseIdleRoomsCommand } from './close-idle-rooms.command';

@CommandHandler(CloseIdleRoomsCommand)
export class CloseIdleRoomsHandler implements ICommandHandler<CloseIdleRoomsCommand> {
  constructor(
    private readonly retention: RoomRetentionRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ now }: CloseIdleRoomsCommand): Promise<number> {
    const idleSince = daysBefore(now, this.config.chat.idleCloseDays);
    let closed = 0;
    for (;;) {
      const batch = await this.retention.closeIdle(idleSince, now, RETENTION_BATCH);
      closed += batch;
      if (batch < RETENTION_BATCH) return closed;
    }
  }
}
