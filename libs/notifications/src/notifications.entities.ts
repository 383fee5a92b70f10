import { OutgoingEmail } from './domain/email/outgoing-email.aggregate';
import { Notification } from './domain/notification/notification.aggregate';
import { ContactRow } from './infrastructure/read-model/contact.entity';
import { OrderBuyerRow } from './infrastructure/read-model/order-buyer.entity';

/** Every table of the notifications schema (the migration CLI and the module both use this list). */
export const NOTIFICATIONS_ENTITIES = [Notification, OutgoingEmail, ContactRow, OrderBuyerRow];
