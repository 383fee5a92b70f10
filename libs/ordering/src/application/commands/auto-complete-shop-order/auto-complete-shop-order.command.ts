import { Command } from '@nestjs/cqrs';

/**
 * The buyer did not confirm a delivered ShopOrder in time (the order-completion job): the system
 * completes it if it is still delivered; otherwise (confirmed, unknown) nothing happens.
 */
export class AutoCompleteShopOrderCommand extends Command<void> {
  constructor(readonly shopOrderId: string) {
    super();
  }
}
