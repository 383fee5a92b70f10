import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ContactFilterSettings } from '../../domain/contact-filter/contact-filter-settings.entity';
import { ContactFilterSettingsRepository } from '../../domain/contact-filter/contact-filter-settings.repository';
import { ContactFilterChangedError } from '../../domain/contact-filter/contact-filter.errors';

@Injectable()
export class MikroOrmContactFilterSettingsRepository extends ContactFilterSettingsRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async current(): Promise<ContactFilterSettings> {
    // Outside the request's identity map: the instance is cached and shared across requests.
    const stored = await this.em
      .fork()
      .findOne(ContactFilterSettings, { id: ContactFilterSettings.ID });
    return stored ?? ContactFilterSettings.defaults();
  }

  async version(): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<{ version: number }[]>(
        'select version from chat.contact_filter_settings where id = ?',
        [ContactFilterSettings.ID],
      );
    return row ? Number(row.version) : 0;
  }

  async save(settings: ContactFilterSettings): Promise<void> {
    // Written only over the version it was read at (or as the first row): a concurrent change
    // makes this one fail instead of being overwritten.
    const rows = await this.em.getConnection().execute<{ version: number }[]>(
      `insert into chat.contact_filter_settings as s
         (id, kinds, allowed_hosts, offender_threshold, offender_window_minutes, version,
          updated_by, updated_at)
       values (?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
       on conflict (id) do update set
         kinds = excluded.kinds, allowed_hosts = excluded.allowed_hosts,
         offender_threshold = excluded.offender_threshold,
         offender_window_minutes = excluded.offender_window_minutes,
         version = excluded.version, updated_by = excluded.updated_by,
         updated_at = excluded.updated_at
       where s.version = excluded.version - 1
       returning version`,
      [
        settings.id,
        JSON.stringify(settings.kinds),
        JSON.stringify(settings.allowedHosts),
        settings.offenderThreshold,
        settings.offenderWindowMinutes,
        settings.version,
        settings.updatedBy,
        settings.updatedAt,
      ],
    );
    if (rows.length === 0) throw new ContactFilterChangedError();
  }
}
