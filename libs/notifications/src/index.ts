// The notifications context's public face. Other contexts and apps import only from here.
export { NotificationsModule } from './notifications.module';
export { NOTIFICATIONS_ENTITIES } from './notifications.entities';
