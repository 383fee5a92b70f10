import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ContactFilterChange } from '../../../domain/contact-filter/contact-filter-settings.entity';
import { ContactFilterView } from '../../queries/get-contact-filter/contact-filter.view';

/** An admin replaces the contact-filter rules (every API instance applies them shortly). */
export class ChangeContactFilterCommand extends Command<ContactFilterView> {
  constructor(
    readonly actor: Pick<Actor, 'id'>,
    readonly change: ContactFilterChange,
  ) {
    super();
  }
}
