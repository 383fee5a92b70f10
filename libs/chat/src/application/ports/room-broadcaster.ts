import { MessageView } from '../queries/get-room/message.view';

/**
 * The server-side Socket.IO event by which a stored message reaches every API instance; each
 * instance's gateway hands it to the feeds of its sockets in the room, which put it in seq order.
 */
export const MESSAGE_STORED = 'chat:message-stored';

/**
 * Delivers a message stored outside the API (by the worker) to the sockets in its room on
 * every API instance. Implemented with the Socket.IO Redis emitter.
 */
export abstract class RoomBroadcaster {
  /** Resolves once the broadcast was handed to Redis; rejects if it could not be. */
  abstract messagePosted(message: MessageView): Promise<void>;
}
