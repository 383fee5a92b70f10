import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { caseNotFound } from '../../../domain/moderation/moderation.errors';
import { ModerationRepository } from '../../../domain/moderation/moderation.repository';
import { ResolveModerationCaseCommand } from './resolve-moderation-case.command';

@CommandHandler(ResolveModerationCaseCommand)
export class ResolveModerationCaseHandler implements ICommandHandler<ResolveModerationCaseCommand> {
  constructor(
    private readonly moderation: ModerationRepository,
    private readonly em: EntityManager,
  ) {}

  async execute({ actor, caseId, note }: ResolveModerationCaseCommand): Promise<void> {
    // Locked: of two admins resolving at once, the second sees it resolved (409).
    await this.em.transactional(async () => {
      const moderationCase = await this.moderation.findCaseForUpdate(caseId);
      if (!moderationCase) throw caseNotFound(caseId);
      moderationCase.resolve(note, actor.id, new Date());
      await this.moderation.saveCase(moderationCase);
    });
  }
}
