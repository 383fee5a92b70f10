import { MessageView } from '../queries/get-room/message.view';

/**
 * The server-side Socket.IO event by which stored messages (an array, in the order stored) reach
 * every API instance; each instance's gateway hands them to the feeds of its sockets in their
 * rooms, which put them in seq order. An instance sends the messages stored in one turn of its
 * event loop as one event: one Redis publish, not one per message.
 */
export const MESSAGES_STORED = 'chat:messages-stored';

/**
 * Delivers a message stored outside the API (by the worker) to the sockets in its room on
 * every API instance. Implemented with the Socket.IO Redis emitter.
 */
export abstract class RoomBroadcaster {
  /** Resolves once the broadcast was handed to Redis; rejects if it could not be. */
  abstract messagePosted(message: MessageView): Promise<void>;
}
