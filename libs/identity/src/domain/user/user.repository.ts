import { User } from './user.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class UserRepository {
  abstract findById(id: string): Promise<User | null>;
  /** Loads the user with its address book, locking the row until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<User | null>;
  abstract findByEmail(email: string): Promise<User | null>;
  abstract findByPhone(phone: string): Promise<User | null>;
  /** Persists the user (new or changed) and flushes the unit of work. */
  abstract save(user: User): Promise<void>;
}
