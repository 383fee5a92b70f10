import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { caseNotFound } from '../../../domain/moderation/moderation.errors';
import { ModerationRepository } from '../../../domain/moderation/moderation.repository';
import { ResolveModerationCaseCommand } from './resolve-moderation-case.command';

@CommandHandler(ResolveModerationCaseCommand)
export class ResolveModerationCaseHandler implements ICommandHandler<ResolveModerationCaseCommand> {
  constructor(private readonly moderation: ModerationRepository) {}

  async execute({ actor, caseId, note }: ResolveModerationCaseCommand): Promise<void> {
    const moderationCase = await this.moderation.findCase(caseId);
    if (!moderationCase) throw caseNotFound(caseId);
    moderationCase.resolve(note, actor.id, new Date());
    await this.moderation.saveCase(moderationCase);
  }
}
