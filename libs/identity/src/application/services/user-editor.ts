import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../domain/user/user.aggregate';
import { userNotFound } from '../../domain/user/user.errors';
import { UserRepository } from '../../domain/user/user.repository';

/**
 * Load-change-save for one User under a row lock, so concurrent edits of one address book
 * serialize (the one-default-per-type rule holds under any concurrency).
 */
@Injectable()
export class UserEditor {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UserRepository,
  ) {}

  edit<T>(userId: string, change: (user: User, now: Date) => T): Promise<T> {
    return this.em.transactional(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user) throw userNotFound(userId);
      const result = change(user, new Date());
      await this.users.save(user);
      return result;
    });
  }
}
