/**
 * Buyers a shop has blocked. Response-time stats leave their rooms out. The default answers
 * none; bind the blocks feature's implementation here when it exists.
 */
export abstract class BlockedBuyers {
  abstract blockedBy(shopId: string): Promise<string[]>;
}

export class NoBlockedBuyers extends BlockedBuyers {
  async blockedBy(): Promise<string[]> {
    return [];
  }
}
