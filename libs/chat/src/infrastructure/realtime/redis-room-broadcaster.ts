import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, RealtimeEmitter } from '@pasar/shared';
import { MESSAGES_STORED, RoomBroadcaster } from '../../application/ports/room-broadcaster';
import { MessageView } from '../../application/queries/get-room/message.view';

/**
 * Tells every API instance, from the worker, that a message was stored (the server-side event
 * the gateways deliver in seq order); a failed publish fails the job instead of vanishing.
 */
@Injectable()
export class RedisRoomBroadcaster extends RoomBroadcaster implements OnModuleDestroy {
  private readonly realtime: RealtimeEmitter;

  constructor(config: AppConfig) {
    super();
    this.realtime = new RealtimeEmitter(config);
  }

  messagePosted(message: MessageView): Promise<void> {
    return this.realtime.send((sockets) => sockets.serverSideEmit(MESSAGES_STORED, [message]));
  }

  onModuleDestroy(): Promise<void> {
    return this.realtime.close();
  }
}
