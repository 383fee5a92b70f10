import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetOrderHeadersQuery } from '@pasar/ordering';
import { ContactRules, screenContacts } from '../../domain/contact-filter/contact-detector';
import { RoomParties } from '../../domain/room/room-parties';

/**
 * The numbers a room's own order allows in its messages (the order number and the shop's
 * tracking number), which the contact filter must not mask. Looked up only for rooms about an
 * order whose texts hold something the filter would mask, so most messages cost no lookup.
 */
@Injectable()
export class RoomOrderNumbers {
  constructor(private readonly queries: QueryBus) {}

  /** Per room id, its order's numbers, for the drafts that need them (one query for all). */
  async allowedIn(
    drafts: { room: RoomParties; text: string }[],
    rules: ContactRules,
  ): Promise<Map<string, string[]>> {
    const refs = drafts
      .filter(
        ({ room, text }) => room.orderId !== null && screenContacts(text.trim(), rules).masked,
      )
      .map(({ room }) => ({ orderId: room.orderId!, shopId: room.shopId }));
    if (refs.length === 0) return new Map();
    const headers = await this.queries.execute(new GetOrderHeadersQuery(refs));
    const rooms = new Map(drafts.map(({ room }) => [`${room.orderId}:${room.shopId}`, room.id]));
    return new Map(
      headers.map((header) => [
        rooms.get(`${header.orderId}:${header.shopId}`)!,
        [header.number, header.trackingNumber].filter((value): value is string => !!value),
      ]),
    );
  }
}
