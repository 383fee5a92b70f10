import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { ContactFilterSettingsRepository } from '../../../domain/contact-filter/contact-filter-settings.repository';
import {
  ContactFilterView,
  toContactFilterView,
} from '../../queries/get-contact-filter/contact-filter.view';
import { ContactFilter, ownHosts } from '../../services/contact-filter';
import { ChangeContactFilterCommand } from './change-contact-filter.command';

@CommandHandler(ChangeContactFilterCommand)
export class ChangeContactFilterHandler implements ICommandHandler<ChangeContactFilterCommand> {
  constructor(
    private readonly settings: ContactFilterSettingsRepository,
    private readonly contactFilter: ContactFilter,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, change }: ChangeContactFilterCommand): Promise<ContactFilterView> {
    const settings = await this.settings.current();
    settings.change(change, actor.id, new Date());
    await this.settings.save(settings);
    this.contactFilter.remember(settings);
    return toContactFilterView(settings, ownHosts(this.config));
  }
}
