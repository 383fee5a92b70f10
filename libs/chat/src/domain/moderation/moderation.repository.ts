import { ContactHit } from './contact-hit.entity';
import { EvidenceMessage, ModerationCase } from './moderation-case.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ModerationRepository {
  /** The case, locked until the caller's transaction ends. */
  abstract findCaseForUpdate(id: string): Promise<ModerationCase | null>;
  abstract saveCase(moderationCase: ModerationCase): Promise<void>;
  /**
   * Stores the hits; answers, per sender among them, their hits since `since` and since their
   * last contact-sharing case was resolved, as evidence (oldest first).
   */
  abstract addHits(hits: ContactHit[], since: Date): Promise<Map<string, EvidenceMessage[]>>;
  /** Inserts the case unless its subject already has an open contact-sharing case. */
  abstract openContactCase(moderationCase: ModerationCase): Promise<boolean>;
}
