import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@pasar/shared';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { RoomRetentionRepository } from '../../../domain/room/room-retention.repository';
import { PurgeClosedRoomsCommand } from './purge-closed-rooms.command';

/** Rooms closed or purged per transaction: each batch holds its rooms' row locks briefly. */
export const RETENTION_BATCH = 100;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Purges in batches, each in a transaction of its own: locks due rooms (skipping rooms another
 * transaction holds, such as a message reopening one or an admin holding it: the next run sees
 * them), lets each room decide, deletes the history of those purged and marks them.
 */
@CommandHandler(PurgeClosedRoomsCommand)
export class PurgeClosedRoomsHandler implements ICommandHandler<PurgeClosedRoomsCommand> {
  constructor(
    private readonly retention: RoomRetentionRepository,
    private readonly rooms: ChatRoomRepository,
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  async execute({ now }: PurgeClosedRoomsCommand): Promise<number> {
    const { retentionDays } = this.config.chat;
    const closedBefore = daysBefore(now, retentionDays);
    let purged = 0;
    for (;;) {
      const { locked, erased } = await this.em.fork().transactional(async () => {
        const due = await this.retention.lockDueForPurge(closedBefore, RETENTION_BATCH);
        const purging = due.filter((room) => room.purge(now, retentionDays));
        await this.retention.eraseHistory(purging.map((room) => room.id));
        await this.rooms.save(purging);
        return { locked: due.length, erased: purging.length };
      });
      purged += erased;
      if (locked < RETENTION_BATCH || erased === 0) return purged;
    }
  }
}
