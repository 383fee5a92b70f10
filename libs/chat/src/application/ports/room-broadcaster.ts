import { MessageView } from '../queries/get-room/message.view';

/**
 * Delivers a message stored outside the API (by the worker) to the sockets in its room on
 * every API instance. Implemented with the Socket.IO Redis emitter.
 */
export abstract class RoomBroadcaster {
  /** Resolves once the broadcast was handed to Redis; rejects if it could not be. */
  abstract messagePosted(message: MessageView): Promise<void>;
}
