import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { userNotFound } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { UnbanUserCommand } from './unban-user.command';

@CommandHandler(UnbanUserCommand)
export class UnbanUserHandler implements ICommandHandler<UnbanUserCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UserRepository,
  ) {}

  async execute({ userId, adminId }: UnbanUserCommand): Promise<void> {
    await this.em.transactional(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user) throw userNotFound(userId);
      user.unban(adminId, new Date());
      await this.users.save(user);
    });
  }
}
