import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { CONTACT_KINDS, ContactKind, ContactRules, normalizeHost } from './contact-detector';
import { InvalidContactFilterError } from './contact-filter.errors';

export interface ContactFilterChange {
  kinds: ContactKind[];
  allowedHosts: string[];
  offenderThreshold: number;
  offenderWindowMinutes: number;
}

const MAX_HOSTS = 100;

/**
 * The admins' contact-filter rules: one row (id 1) for the whole platform. Every change bumps
 * `version`, which API instances compare with the rules they cached.
 */
@Entity({ schema: 'chat', tableName: 'contact_filter_settings' })
export class ContactFilterSettings {
  /** The one row; before an admin first saves, the defaults apply (version 0). */
  static readonly ID = 1;

  @PrimaryKey({ type: 'smallint', autoincrement: false })
  readonly id: number = ContactFilterSettings.ID;

  @Property({ type: 'json' })
  kinds: ContactKind[] = [...CONTACT_KINDS];

  @Property({ type: 'json' })
  allowedHosts: string[] = [];

  /** Masked messages from one sender within the window that open a moderation case. */
  @Property({ type: 'integer' })
  offenderThreshold = 3;

  @Property({ type: 'integer' })
  offenderWindowMinutes = 60 * 24;

  @Property({ type: 'integer' })
  version = 0;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  updatedAt: Date | null = null;

  /** The rules in force before an admin changes them. */
  static defaults(): ContactFilterSettings {
    return new ContactFilterSettings();
  }

  /** An admin replaces the rules: hosts are normalized (bare, lower case) and de-duplicated. */
  change(change: ContactFilterChange, adminId: string, now: Date): void {
    const kinds = [...new Set(change.kinds)];
    if (kinds.some((kind) => !CONTACT_KINDS.includes(kind))) {
      throw new InvalidContactFilterError('kinds', `must be among ${CONTACT_KINDS.join(', ')}`);
    }
    if (change.allowedHosts.length > MAX_HOSTS) {
      throw new InvalidContactFilterError('allowedHosts', `must hold at most ${MAX_HOSTS} hosts`);
    }
    const hosts = change.allowedHosts.map((value) => {
      const host = normalizeHost(value);
      if (!host) throw new InvalidContactFilterError('allowedHosts', `has no host in "${value}"`);
      return host;
    });
    if (!Number.isInteger(change.offenderThreshold) || change.offenderThreshold < 1) {
      throw new InvalidContactFilterError('offenderThreshold', 'must be a positive integer');
    }
    if (!Number.isInteger(change.offenderWindowMinutes) || change.offenderWindowMinutes < 1) {
      throw new InvalidContactFilterError('offenderWindowMinutes', 'must be a positive integer');
    }
    this.kinds = CONTACT_KINDS.filter((kind) => kinds.includes(kind));
    this.allowedHosts = [...new Set(hosts)];
    this.offenderThreshold = change.offenderThreshold;
    this.offenderWindowMinutes = change.offenderWindowMinutes;
    this.version += 1;
    this.updatedBy = adminId;
    this.updatedAt = now;
  }

  /** The detector's rules: these kinds, Pasar's own hosts plus the admins' allowed ones. */
  rules(ownHosts: readonly string[]): ContactRules {
    return { kinds: this.kinds, allowedHosts: [...new Set([...ownHosts, ...this.allowedHosts])] };
  }
}
