import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, RealtimeEmitter, userRoom } from '@pasar/shared';
import { NotificationView } from '../../application/queries/get-notification/notification.view';

/** Pushes to a user's sockets from the worker; a failed publish fails the job (it is retried). */
@Injectable()
export class NotificationEmitter implements OnModuleDestroy {
  private readonly realtime: RealtimeEmitter;

  constructor(config: AppConfig) {
    this.realtime = new RealtimeEmitter(config);
  }

  push(userId: string, notification: NotificationView): Promise<void> {
    return this.realtime.send((sockets) =>
      sockets.to(userRoom(userId)).emit('notification', notification),
    );
  }

  onModuleDestroy(): Promise<void> {
    return this.realtime.close();
  }
}
