import { ChatRoom } from './chat-room.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ChatRoomRepository {
  /** The room (access checks go through RoomAccess, which keeps its parties in memory). */
  abstract findById(id: string): Promise<ChatRoom | null>;
  /** The room of a buyer with a shop, about an order or (null) about none. */
  abstract findByParties(
    buyerId: string,
    shopId: string,
    orderId: string | null,
  ): Promise<ChatRoom | null>;
  /** Every room about the order (one per shop of it the buyer talks to). */
  abstract findAboutOrder(orderId: string): Promise<ChatRoom[]>;
  /** Inserts the room; throws the driver's unique violation when a concurrent open won. */
  abstract add(room: ChatRoom): Promise<void>;
  /**
   * Rooms read fresh and locked until the transaction ends (call inside one): one room by id,
   * or every room about an order (with one shop only when `shopId` is given).
   */
  abstract findForUpdate(
    filter: { id: string } | { orderId: string; shopId?: string },
  ): Promise<ChatRoom[]>;
  /** Flushes the changes of rooms loaded in this unit of work. */
  abstract save(rooms: ChatRoom[]): Promise<void>;
}
