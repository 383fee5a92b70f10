import { BeforeApplicationShutdown, Logger, Type as ClassType } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { JwtService } from '@nestjs/jwt';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { Namespace, Socket } from 'socket.io';
import {
  AccessTokenClaims,
  AccessTokenVerifier,
  Actor,
  AppConfig,
  REALTIME_NAMESPACE,
  traced,
  userRoom,
} from '@pasar/shared';
import { MarkReadCommand } from '../application/commands/mark-read/mark-read.command';
import { ReadReceiptView } from '../application/commands/mark-read/read-receipt.view';
import { PostMessageCommand } from '../application/commands/post-message/post-message.command';
import { Presence } from '../application/ports/presence';
import { GetRoomQuery } from '../application/queries/get-room/get-room.query';
import { RoomAccess } from '../application/services/room-access';
import { Participation } from '../domain/room/chat-room.aggregate';
import { ChatRateLimitedError, ReadOnlyRoomError, roomNotFound } from '../domain/room/chat.errors';
import {
  MarkReadPayload,
  RoomRefPayload,
  SendMessagePayload,
  TypingPayload,
} from './chat.request.dto';
import { Ack, toErrorAck, validatePayload } from './ws-payload';

/** What the gateway keeps on each authenticated socket. */
interface SocketState {
  actor: Actor;
  /** Chat rooms this socket joined, and how its user takes part in each. */
  rooms: Map<string, Participation>;
  /** The fixed window of the `message:send` rate limit. */
  sends: { windowStartedAt: number; count: number };
  expiry?: NodeJS.Timeout;
}

type ChatSocket = Socket & { data: SocketState };

/** The Socket.IO room of a chat room (user rooms are `user:<id>`). */
const channel = (roomId: string) => `room:${roomId}`;

// setTimeout takes at most a signed 32-bit delay.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Handshake refusal as the client sees it: `connect_error` with `message` and `data`. */
function refusal(code: string, message: string): Error {
  return Object.assign(new Error('UNAUTHENTICATED'), { data: { code, message } });
}

/**
 * The realtime chat (protocol: Socket.IO namespace `/chat`). The handshake must carry a valid,
 * unrevoked access token; every event acks `{ ok, data | error }`. Messages are stored first,
 * then broadcast; the Redis adapter carries broadcasts to sockets on other API instances.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class ChatGateway
  implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, BeforeApplicationShutdown
{
  @WebSocketServer()
  private readonly server!: Namespace;

  private readonly logger = new Logger('ChatGateway');
  /** Disconnect bookkeeping under way (awaited on shutdown, while Redis is still open). */
  private readonly cleanups = new Set<Promise<void>>();

  constructor(
    private readonly jwt: JwtService,
    private readonly verifier: AccessTokenVerifier,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: RoomAccess,
    private readonly presence: Presence,
    private readonly config: AppConfig,
    private readonly orm: MikroORM,
  ) {}

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      this.authenticate(socket as ChatSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  private async authenticate(socket: ChatSocket): Promise<void> {
    const token = tokenOf(socket);
    if (!token) throw refusal('AUTH.UNAUTHENTICATED', 'An access token is required');
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw refusal('AUTH.UNAUTHENTICATED', 'The access token is invalid or expired');
    }
    const actor = await this.verifier.toActor(claims);
    if (!actor) throw refusal('AUTH.TOKEN_REVOKED', 'The access token was revoked');
    socket.data = { actor, rooms: new Map(), sends: { windowStartedAt: 0, count: 0 } };
  }

  async handleConnection(socket: ChatSocket): Promise<void> {
    const { actor } = socket.data;
    // The socket lives no longer than the token it was opened with.
    const remaining = actor.tokenExpiresAt.getTime() - Date.now();
    socket.data.expiry = setTimeout(
      () => socket.disconnect(true),
      Math.min(remaining, MAX_TIMER_MS),
    );
    socket.data.expiry.unref();
    await socket.join(userRoom(actor.id));
    await this.presence.connected(actor.id).catch((error: unknown) => this.fail(error));
  }

  handleDisconnect(socket: ChatSocket): Promise<void> {
    const cleanup = this.cleanUp(socket);
    this.cleanups.add(cleanup);
    void cleanup.finally(() => this.cleanups.delete(cleanup));
    return cleanup;
  }

  /**
   * Before Redis and the database close: disconnects this instance's sockets and waits until
   * their presence is uncounted and announced, so no count outlives the process.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.server?.local.disconnectSockets(true);
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.allSettled([...this.cleanups]);
  }

  private async cleanUp(socket: ChatSocket): Promise<void> {
    const state = socket.data as SocketState | undefined;
    if (!state?.actor) return;
    clearTimeout(state.expiry);
    try {
      await this.presence.disconnected(state.actor.id);
      for (const [roomId, participation] of state.rooms) {
        await this.leave(socket, roomId, participation);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  @SubscribeMessage('room:join')
  join(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, RoomRefPayload, async ({ roomId }) => {
      const { actor } = socket.data;
      const { room, participation } = await this.access.readable(actor, roomId);
      const view = await this.queries.execute(new GetRoomQuery(actor, room.id));
      await socket.join(channel(room.id));
      if (!socket.data.rooms.has(room.id)) {
        socket.data.rooms.set(room.id, participation);
        if (participation !== 'admin' && (await this.presence.joinedRoom(room.id, actor.id))) {
          socket
            .to(channel(room.id))
            .emit('presence', { roomId: room.id, userId: actor.id, online: true });
        }
      }
      const online = await this.presence.onlineAmong([room.buyerId, room.sellerId]);
      return { room: view, online: [...online] };
    });
  }

  @SubscribeMessage('room:leave')
  leaveRoom(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, RoomRefPayload, async ({ roomId }) => {
      const participation = socket.data.rooms.get(roomId);
      if (participation) {
        socket.data.rooms.delete(roomId);
        await socket.leave(channel(roomId));
        await this.leave(socket, roomId, participation);
      }
      return {};
    });
  }

  @SubscribeMessage('message:send')
  send(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, SendMessagePayload, async (input) => {
      this.spendSend(socket);
      const { roomId, clientMessageId, text, type, ...references } = input;
      const { message, created } = await this.commands.execute(
        new PostMessageCommand(socket.data.actor, roomId, clientMessageId, text ?? '', {
          type: type ?? 'text',
          ...references,
        }),
      );
      if (created) socket.to(channel(message.roomId)).emit('message:new', message);
      return message;
    });
  }

  @SubscribeMessage('message:read')
  read(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, MarkReadPayload, async ({ roomId, messageId }) => {
      const receipt = await this.commands.execute(
        new MarkReadCommand(socket.data.actor, roomId, messageId),
      );
      socket.to(channel(roomId)).emit('message:read', receipt);
      return receipt;
    });
  }

  @SubscribeMessage('typing')
  typing(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, TypingPayload, async ({ roomId, typing }) => {
      const participation = socket.data.rooms.get(roomId);
      // Typing is only for rooms this socket joined (access was checked then); never stored.
      if (!participation) throw roomNotFound(roomId);
      if (participation === 'admin') throw new ReadOnlyRoomError();
      socket.to(channel(roomId)).emit('typing', { roomId, userId: socket.data.actor.id, typing });
      return {};
    });
  }

  /** Tells a room's sockets that someone read it (receipts made through REST). */
  announceRead(receipt: ReadReceiptView): void {
    this.server.to(channel(receipt.roomId)).emit('message:read', receipt);
  }

  /**
   * Validates, runs in its own MikroORM context, and turns any failure into an error ack; one
   * trace span per event (named by its payload type), failed when the ack is an error.
   */
  private handle<T extends object>(
    payload: unknown,
    type: ClassType<T>,
    work: (input: T) => Promise<unknown>,
  ): Promise<Ack> {
    return traced(
      `socket.io /chat ${type.name}`,
      { 'messaging.system': 'socket.io' },
      async (fail) => {
        try {
          const input = await validatePayload(type, payload);
          const data = await RequestContext.create(this.orm.em, () => work(input));
          return { ok: true, data };
        } catch (error) {
          fail(error);
          return toErrorAck(error, this.logger);
        }
      },
    );
  }

  /** Fixed window per socket: at most `sendLimit` sends per `sendWindowMs`. */
  private spendSend(socket: ChatSocket): void {
    const { sendLimit, sendWindowMs } = this.config.chat;
    const sends = socket.data.sends;
    const now = Date.now();
    if (now - sends.windowStartedAt >= sendWindowMs) {
      sends.windowStartedAt = now;
      sends.count = 0;
    }
    if (sends.count >= sendLimit) throw new ChatRateLimitedError(sendLimit, sendWindowMs);
    sends.count += 1;
  }

  /** This socket left the room; when it was the user's last one there, the room hears so. */
  private async leave(socket: ChatSocket, roomId: string, participation: Participation) {
    if (participation === 'admin') return;
    const userId = socket.data.actor.id;
    if (await this.presence.leftRoom(roomId, userId)) {
      this.server.to(channel(roomId)).emit('presence', { roomId, userId, online: false });
    }
  }

  private fail(error: unknown): void {
    this.logger.error({ err: error }, 'chat presence bookkeeping failed');
  }
}

/** The access token from `auth.token`, or from an `Authorization: Bearer` header. */
function tokenOf(socket: Socket): string | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (typeof auth?.token === 'string' && auth.token.length > 0) return auth.token;
  const header = socket.handshake.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}
