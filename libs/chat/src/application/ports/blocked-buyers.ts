/** Buyers a shop has blocked. Response-time stats leave their rooms out. */
export abstract class BlockedBuyers {
  abstract blockedBy(shopId: string): Promise<string[]>;
}
