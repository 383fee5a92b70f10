import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../domain/user/user.aggregate';
import { UserRepository } from '../../domain/user/user.repository';

@Injectable()
export class MikroOrmUserRepository extends UserRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<User | null> {
    return this.em.findOne(User, { id });
  }

  async findByIdForUpdate(id: string): Promise<User | null> {
    const user = await this.em.findOne(
      User,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (user) await this.em.populate(user, ['addresses'], { refresh: true });
    return user;
  }

  findByEmail(email: string): Promise<User | null> {
    return this.em.findOne(User, { email });
  }

  findByPhone(phone: string): Promise<User | null> {
    return this.em.findOne(User, { phone });
  }

  async save(user: User): Promise<void> {
    await this.em.persist(user).flush();
  }
}
