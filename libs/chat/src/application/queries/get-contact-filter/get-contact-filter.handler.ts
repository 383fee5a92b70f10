import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { ContactFilterSettingsRepository } from '../../../domain/contact-filter/contact-filter-settings.repository';
import { ownHosts } from '../../services/contact-filter';
import { ContactFilterView, toContactFilterView } from './contact-filter.view';
import { GetContactFilterQuery } from './get-contact-filter.query';

@QueryHandler(GetContactFilterQuery)
export class GetContactFilterHandler implements IQueryHandler<GetContactFilterQuery> {
  constructor(
    private readonly settings: ContactFilterSettingsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ContactFilterView> {
    return toContactFilterView(await this.settings.current(), ownHosts(this.config));
  }
}
