import { ContactFilterSettings } from './contact-filter-settings.entity';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ContactFilterSettingsRepository {
  /** The stored rules, or the defaults when no admin saved any yet. */
  abstract current(): Promise<ContactFilterSettings>;
  /** Only the version of the stored rules (0 before the first save): a cheap staleness check. */
  abstract version(): Promise<number>;
  /** Writes a change; throws CHAT.CONTACT_FILTER_CHANGED when another change came in between. */
  abstract save(settings: ContactFilterSettings): Promise<void>;
}
