import { OutgoingEmail } from './outgoing-email.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class OutgoingEmailRepository {
  /** The email, locked until the transaction ends (one mail job at a time per email). */
  abstract findByIdForUpdate(id: string): Promise<OutgoingEmail | null>;
  /** Persists the email and flushes the unit of work. */
  abstract save(email: OutgoingEmail): Promise<void>;
}
