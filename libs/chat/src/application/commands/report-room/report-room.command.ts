import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ReportReason } from '../../../domain/moderation/moderation-case.aggregate';

/**
 * A participant reports a room (its other participant) to the admins: a moderation case with
 * the room's latest messages as they stand now. Answers the case id.
 */
export class ReportRoomCommand extends Command<{ caseId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly reason: ReportReason,
    readonly note: string | null,
  ) {
    super();
  }
}
