import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ShippingMethodFields } from '../define-shipping-method/define-shipping-method.command';

/** Only the fields sent change; freeAbove null removes the threshold; active false retires it. */
export type ShippingMethodChanges = Partial<ShippingMethodFields>;

/** The shop's owner (or an admin) changes one of the shop's shipping methods. */
export class ReviseShippingMethodCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly methodId: string,
    readonly changes: ShippingMethodChanges,
  ) {
    super();
  }
}
