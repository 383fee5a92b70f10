import { Command } from '@nestjs/cqrs';
import { LineRequest } from '../../../domain/reservation/allocation-policy';

/**
 * Holds stock for every line until `expiresAt`, all or nothing (used by checkout). Throws
 * INVENTORY.INSUFFICIENT_STOCK listing every line that cannot be covered.
 */
export class ReserveStockCommand extends Command<{ reservationId: string }> {
  readonly reference: string;
  readonly expiresAt: Date;
  readonly lines: LineRequest[];

  constructor(props: { reference: string; expiresAt: Date; lines: LineRequest[] }) {
    super();
    this.reference = props.reference;
    this.expiresAt = props.expiresAt;
    this.lines = props.lines;
  }
}
