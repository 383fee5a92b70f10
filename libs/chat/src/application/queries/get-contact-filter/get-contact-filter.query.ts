import { Query } from '@nestjs/cqrs';
import { ContactFilterView } from './contact-filter.view';

/** The contact-filter rules as stored (admins). */
export class GetContactFilterQuery extends Query<ContactFilterView> {}
