import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, RealtimeEmitter, userRoom } from '@pasar/shared';
import { ChatEraser } from '../../application/ports/chat-eraser';

/**
 * Runs first: closes the user's open chat sockets on every API instance (through the Socket.IO
 * Redis adapter's channels), so a socket opened before the deletion cannot write new messages
 * after the texts are erased. Its token is already revoked, so it cannot connect again.
 */
@Injectable()
export class OpenSocketsEraser implements ChatEraser, OnModuleDestroy {
  readonly name = 'open sockets';
  private readonly realtime: RealtimeEmitter;

  constructor(config: AppConfig) {
    this.realtime = new RealtimeEmitter(config);
  }

  erase(userId: string, _now: Date, _em: EntityManager): Promise<void> {
    return this.realtime.send((sockets) => sockets.in(userRoom(userId)).disconnectSockets(true));
  }

  onModuleDestroy(): Promise<void> {
    return this.realtime.close();
  }
}
