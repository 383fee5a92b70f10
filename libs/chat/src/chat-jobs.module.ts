import { Module } from '@nestjs/common';
import { PostStatusCardHandler } from './application/commands/post-status-card/post-status-card.handler';
import { RoomBroadcaster } from './application/ports/room-broadcaster';
import { ChatCoreModule } from './chat.module';
import { OrderStatusCardsConsumer } from './infrastructure/jobs/order-status-cards.consumer';
import { RedisRoomBroadcaster } from './infrastructure/realtime/redis-room-broadcaster';

/**
 * The chat context's background work, for the worker only: order status changes become system
 * messages, broadcast to the rooms' sockets through the Socket.IO Redis emitter.
 */
@Module({
  imports: [ChatCoreModule],
  providers: [
    { provide: RoomBroadcaster, useClass: RedisRoomBroadcaster },
    PostStatusCardHandler,
    OrderStatusCardsConsumer,
  ],
})
export class ChatJobsModule {}
