import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ShippingMethod } from '../../domain/shipping/shipping-method.aggregate';
import { ShippingMethodRepository } from '../../domain/shipping/shipping-method.repository';

@Injectable()
export class MikroOrmShippingMethodRepository extends ShippingMethodRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInShop(shopId: string, methodId: string): Promise<ShippingMethod | null> {
    return this.em.findOne(ShippingMethod, { id: methodId, shopId });
  }

  async save(method: ShippingMethod): Promise<void> {
    await this.em.persist(method).flush();
  }

  async remove(method: ShippingMethod): Promise<void> {
    await this.em.remove(method).flush();
  }
}
