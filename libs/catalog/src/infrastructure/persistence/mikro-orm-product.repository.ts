import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../../domain/product/product.aggregate';
import { ProductRepository } from '../../domain/product/product.repository';

@Injectable()
export class MikroOrmProductRepository extends ProductRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByIdForUpdate(id: string): Promise<Product | null> {
    const product = await this.em.findOne(
      Product,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (product) await this.em.populate(product, ['variants', 'images'], { refresh: true });
    return product;
  }

  async save(product: Product): Promise<void> {
    await this.em.persist(product).flush();
  }
}
