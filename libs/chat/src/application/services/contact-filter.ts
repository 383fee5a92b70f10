import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pasar/shared';
import { ContactRules } from '../../domain/contact-filter/contact-detector';
import { ContactFilterSettings } from '../../domain/contact-filter/contact-filter-settings.entity';
import { ContactFilterSettingsRepository } from '../../domain/contact-filter/contact-filter-settings.repository';

export interface CurrentContactFilter {
  settings: ContactFilterSettings;
  rules: ContactRules;
}

/**
 * The contact-filter rules in force, cached per API instance. At most every
 * `chat.contactRulesCheckMs` one caller compares the cached version with the stored one (a
 * one-column read of one row) and reloads on a change, so an admin's change made through any
 * instance applies on every instance within that time, without a lookup per message.
 */
@Injectable()
export class ContactFilter {
  private cached?: CurrentContactFilter & { checkedAt: number };
  private checking?: Promise<CurrentContactFilter>;
  /** Pasar's own host (from PUBLIC_URL), always allowed. */
  private readonly ownHosts: string[];

  constructor(
    private readonly settings: ContactFilterSettingsRepository,
    private readonly config: AppConfig,
  ) {
    this.ownHosts = ownHosts(config);
  }

  current(): Promise<CurrentContactFilter> {
    const cached = this.cached;
    if (cached && Date.now() - cached.checkedAt < this.config.chat.contactRulesCheckMs) {
      return Promise.resolve(cached);
    }
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** Takes rules just saved through this instance at once. */
  remember(settings: ContactFilterSettings): void {
    this.cache(settings, Date.now());
  }

  private async check(): Promise<CurrentContactFilter> {
    const now = Date.now();
    const version = await this.settings.version();
    if (this.cached && this.cached.settings.version === version) {
      this.cached.checkedAt = now;
      return this.cached;
    }
    return this.cache(await this.settings.current(), now);
  }

  private cache(settings: ContactFilterSettings, checkedAt: number): CurrentContactFilter {
    if (this.cached && this.cached.settings.version > settings.version) return this.cached;
    this.cached = { settings, rules: settings.rules(this.ownHosts), checkedAt };
    return this.cached;
  }
}

/** Pasar's own hosts: the host of PUBLIC_URL. */
export const ownHosts = (config: AppConfig): string[] => [
  new URL(config.publicUrl).hostname.toLowerCase(),
];
