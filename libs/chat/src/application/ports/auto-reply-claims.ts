/** The once-per-window rule of automatic replies, shared by every API instance. */
export abstract class AutoReplyClaims {
  /**
   * Claims the right to send the buyer the shop's automatic reply at `now`: true for exactly one
   * caller when the shop sent that buyer none in the `windowMs` before `now`, even at once.
   */
  abstract claim(shopId: string, buyerId: string, now: Date, windowMs: number): Promise<boolean>;
}
