import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@pasar/shared';
import {
  EvidenceMessage,
  ModerationCase,
} from '../../../domain/moderation/moderation-case.aggregate';
import { ModerationRepository } from '../../../domain/moderation/moderation.repository';
import { RoomAccess } from '../../services/room-access';
import { ReportRoomCommand } from './report-room.command';

interface Row {
  id: string;
  room_id: string;
  sender_id: string;
  text: string;
  created_at: Date;
}

@CommandHandler(ReportRoomCommand)
export class ReportRoomHandler implements ICommandHandler<ReportRoomCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly moderation: ModerationRepository,
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, roomId, reason, note }: ReportRoomCommand): Promise<{ caseId: string }> {
    const { room } = await this.access.readable(actor, roomId);
    room.writerRole(actor);
    const report = ModerationCase.report({
      roomId: room.id,
      reporterId: actor.id,
      subjectUserId: room.otherParticipant(actor.id),
      reason,
      note,
      messages: await this.latestMessages(room.id),
      now: new Date(),
    });
    await this.moderation.saveCase(report);
    return { caseId: report.id };
  }

  /** The room's latest messages, original texts, oldest first. */
  private async latestMessages(roomId: string): Promise<EvidenceMessage[]> {
    const rows = await this.em.getConnection().execute<Row[]>(
      `select id, room_id, sender_id, text, created_at from chat.messages where room_id = ?
       order by created_at desc, id desc limit ?`,
      [roomId, this.config.chat.reportSnapshotMessages],
    );
    return rows.reverse().map((row) => ({
      messageId: row.id,
      roomId: row.room_id,
      senderId: row.sender_id,
      text: row.text,
      sentAt: new Date(row.created_at).toISOString(),
    }));
  }
}
