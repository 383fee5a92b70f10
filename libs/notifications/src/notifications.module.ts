import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...NOTIFICATIONS_ENTITIES])],
  controllers: [],
  providers: [],
})
export class NotificationsModule {}
