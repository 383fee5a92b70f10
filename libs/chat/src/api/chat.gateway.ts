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
import type { Namespace } from 'socket.io';
import {
  AccessTokenClaims,
  AccessTokenVerifier,
  AppConfig,
  REALTIME_NAMESPACE,
  traced,
  userRoom,
} from '@pasar/shared';
import { MarkReadCommand, readTarget } from '../application/commands/mark-read/mark-read.command';
import { ReadReceiptView } from '../application/commands/mark-read/read-receipt.view';
import { PostMessageCommand } from '../application/commands/post-message/post-message.command';
import { Presence } from '../application/ports/presence';
import { GetRoomQuery } from '../application/queries/get-room/get-room.query';
import { MessageView, participantView } from '../application/queries/get-room/message.view';
import { ListMessagesSinceQuery } from '../application/queries/list-messages-since/list-messages-since.query';
import { MESSAGES_STORED } from '../application/ports/room-broadcaster';
import { RoomAccess } from '../application/services/room-access';
import { Participation } from '../domain/room/chat-room.aggregate';
import { ReadOnlyRoomError, roomNotFound } from '../domain/room/chat.errors';
import {
  JoinRoomPayload,
  MarkReadPayload,
  RoomRefPayload,
  SendMessagePayload,
  TypingPayload,
} from './chat.request.dto';
import { refusal, resumeOf, tokenOf } from './handshake';
import { RoomFeed } from './room-feed';
import { ChatSocket, channel, SocketState, spendSend } from './socket-state';
import { Ack, toErrorAck, validatePayload } from './ws-payload';

// setTimeout takes at most a signed 32-bit delay.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Messages read per query while a socket catches up. */
const REPLAY_PAGE = 200;
/** `typing: true` is forwarded at most once per this interval per socket and room. */
const TYPING_INTERVAL_MS = 1_000;

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
  /** Messages published here in this turn of the event loop, for the other instances. */
  private outgoing: MessageView[] = [];
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
    namespace.on(MESSAGES_STORED, (messages: MessageView[]) => {
      for (const message of messages) this.deliverHere(message);
    });
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
    const resume = resumeOf(socket);
    const actor = await this.verifier.toActor(claims);
    if (!actor) throw refusal('AUTH.TOKEN_REVOKED', 'The access token was revoked');
    socket.data = {
      actor,
      rooms: new Map(),
      resume,
      sends: { windowStartedAt: 0, count: 0 },
      typedAt: new Map(),
    };
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
    await this.resumeRooms(socket);
  }

  /**
   * Rejoins the rooms named in the handshake, each from the client's last seq: the messages it
   * missed come first (`message:new`, in order), then `room:synced`, then live ones. A room the
   * user may not read gets `room:error` instead.
   */
  private async resumeRooms(socket: ChatSocket): Promise<void> {
    for (const [roomId, lastSeq] of socket.data.resume) {
      const ack = await this.run(async () => {
        const { syncedSeq } = await this.enter(socket, roomId, lastSeq);
        return { roomId, lastSeq: syncedSeq };
      });
      if (ack.ok) socket.emit('room:synced', ack.data);
      else socket.emit('room:error', { roomId, error: ack.error });
    }
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
      for (const [roomId, feed] of state.rooms) {
        await this.leave(socket, roomId, feed.participation);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Joins a room. With `lastSeq`, the messages after it are replayed (`message:new`, in order)
   * before the ack; without, live delivery starts from the room's newest message.
   */
  @SubscribeMessage('room:join')
  join(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, JoinRoomPayload, async ({ roomId, lastSeq }) => {
      const view = await this.queries.execute(new GetRoomQuery(socket.data.actor, roomId));
      const { room, syncedSeq } = await this.enter(socket, view.id, lastSeq ?? view.lastSeq);
      const online = await this.presence.onlineAmong([room.buyerId, room.sellerId]);
      return { room: view, online: [...online], syncedSeq };
    });
  }

  /**
   * Joins the socket to the room (once) and gives it every message stored after `lastSeq`
   * (`message:new`, in order) before live ones; answers the seq it stands on.
   */
  private async enter(socket: ChatSocket, roomId: string, lastSeq: number) {
    const { actor } = socket.data;
    const { room, participation } = await this.access.readable(actor, roomId);
    let feed = socket.data.rooms.get(room.id);
    if (!feed) {
      feed = this.feedOf(socket, room.id, participation, lastSeq);
      socket.data.rooms.set(room.id, feed);
      await socket.join(channel(room.id));
      if (participation !== 'admin' && (await this.presence.joinedRoom(room.id, actor.id))) {
        socket
          .to(channel(room.id))
          .emit('presence', { roomId: room.id, userId: actor.id, online: true });
      }
    }
    return { room, syncedSeq: await feed.sync() };
  }

  /** A socket's delivery of one room; catching up reads Postgres with the socket's rights. */
  private feedOf(
    socket: ChatSocket,
    roomId: string,
    participation: Participation,
    startAfter: number,
  ): RoomFeed {
    const { actor } = socket.data;
    return new RoomFeed(
      participation,
      startAfter,
      (message) =>
        socket.emit('message:new', actor.role === 'admin' ? message : participantView(message)),
      (afterSeq) =>
        RequestContext.create(this.orm.em, () =>
          this.queries.execute(new ListMessagesSinceQuery(actor, roomId, afterSeq, REPLAY_PAGE)),
        ),
      (error) => this.logger.error({ err: error }, 'chat replay failed'),
    );
  }

  @SubscribeMessage('room:leave')
  leaveRoom(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, RoomRefPayload, async ({ roomId }) => {
      const feed = socket.data.rooms.get(roomId);
      if (feed) {
        socket.data.rooms.delete(roomId);
        socket.data.typedAt.delete(roomId);
        await socket.leave(channel(roomId));
        await this.leave(socket, roomId, feed.participation);
      }
      return {};
    });
  }

  @SubscribeMessage('message:send')
  send(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, SendMessagePayload, async (input) => {
      spendSend(socket.data.sends, this.config.chat, Date.now());
      const { roomId, clientMessageId, text, type, ...references } = input;
      const { message, broadcast, created, autoReply } = await this.commands.execute(
        new PostMessageCommand(socket.data.actor, roomId, clientMessageId, text ?? '', {
          type: type ?? 'text',
          ...references,
        }),
      );
      if (created) {
        socket.data.rooms.get(message.roomId)?.acked(message.seq);
        this.publish(broadcast);
      }
      // The shop's automatic reply goes to every socket in the room, the sender's too.
      if (autoReply) this.publish(autoReply);
      return message;
    });
  }

  @SubscribeMessage('message:read')
  read(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, MarkReadPayload, async ({ roomId, ...target }) => {
      const receipt = await this.commands.execute(
        new MarkReadCommand(socket.data.actor, roomId, readTarget(target)),
      );
      socket.to(channel(roomId)).emit('message:read', receipt);
      return receipt;
    });
  }

  @SubscribeMessage('typing')
  typing(socket: ChatSocket, payload: unknown): Promise<Ack> {
    return this.handle(payload, TypingPayload, async ({ roomId, typing }) => {
      const feed = socket.data.rooms.get(roomId);
      // Typing is only for rooms this socket joined (access was checked then); never stored.
      if (!feed) throw roomNotFound(roomId);
      if (feed.participation === 'admin') throw new ReadOnlyRoomError();
      // Volatile (dropped rather than queued for a slow client) and throttled: a stale "typing"
      // is worth nothing, and a client sending one per keystroke costs every instance.
      const now = Date.now();
      if (typing) {
        if (now - (socket.data.typedAt.get(roomId) ?? 0) < TYPING_INTERVAL_MS) {
          return { forwarded: false };
        }
        socket.data.typedAt.set(roomId, now);
      } else {
        socket.data.typedAt.delete(roomId);
      }
      socket.volatile
        .to(channel(roomId))
        .emit('typing', { roomId, userId: socket.data.actor.id, typing });
      return { forwarded: true };
    });
  }

  /**
   * A stored message goes to the sockets in its room on every instance: here at once, elsewhere
   * through the adapter's server-side event, which carries every message published in this turn
   * of the event loop. Each socket's feed puts them in order.
   */
  publish(message: MessageView): void {
    this.deliverHere(message);
    if (this.outgoing.push(message) === 1) {
      setImmediate(() => {
        const messages = this.outgoing;
        this.outgoing = [];
        this.server.serverSideEmit(MESSAGES_STORED, messages);
      });
    }
  }

  private deliverHere(message: MessageView): void {
    const sockets = this.server.adapter.rooms.get(channel(message.roomId));
    for (const id of sockets ?? []) {
      const socket = this.server.sockets.get(id) as ChatSocket | undefined;
      // Rejections are logged by the feed; this copy of the promise needs no second handler.
      void socket?.data.rooms
        ?.get(message.roomId)
        ?.offer(message)
        .catch(() => undefined);
    }
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
    return traced(`socket.io /chat ${type.name}`, { 'messaging.system': 'socket.io' }, (fail) =>
      this.run(async () => work(await validatePayload(type, payload)), fail),
    );
  }

  /** Runs in its own MikroORM context; anything thrown becomes an error ack. */
  private async run(work: () => Promise<unknown>, fail?: (error: unknown) => void): Promise<Ack> {
    try {
      const data = await RequestContext.create(this.orm.em, work);
      return { ok: true, data };
    } catch (error) {
      fail?.(error);
      return toErrorAck(error, this.logger);
    }
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
