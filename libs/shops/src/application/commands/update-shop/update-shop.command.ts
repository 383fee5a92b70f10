import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ShopChanges } from '../../../domain/shop/shop.aggregate';

/** The shop's owner (or an admin) changes the fields sent; anyone else gets a 404. */
export class UpdateShopCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly changes: ShopChanges,
  ) {
    super();
  }
}
