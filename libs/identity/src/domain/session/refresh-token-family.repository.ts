import { RefreshTokenFamily } from './refresh-token-family.aggregate';

export abstract class RefreshTokenFamilyRepository {
  /** Locks the row: two refreshes of one session never both succeed. */
  abstract findByIdForUpdate(id: string): Promise<RefreshTokenFamily | null>;
  abstract findActiveByUser(userId: string, now: Date): Promise<RefreshTokenFamily[]>;
  abstract save(...families: RefreshTokenFamily[]): Promise<void>;
}
