/** Where a participant's read cursor stands after a move. */
export interface ReadCursor {
  lastReadSeq: number;
  lastReadAt: Date;
}

/** DI token and port; implemented with SQL in infrastructure/persistence. */
export abstract class ReadMarkerRepository {
  /**
   * Moves the participant's cursor to `seq` in one atomic step: forward only, and never past the
   * room's last message. Returns where it stands, moved or not.
   */
  abstract advance(roomId: string, userId: string, seq: number, now: Date): Promise<ReadCursor>;
}
