import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';

@Injectable()
export class MikroOrmWarehouseRepository extends WarehouseRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByIdForUpdate(id: string): Promise<Warehouse | null> {
    return this.em.findOne(
      Warehouse,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  findByShop(shopId: string): Promise<Warehouse[]> {
    return this.em.find(Warehouse, { shopId }, { orderBy: { id: 'asc' } });
  }

  async save(warehouse: Warehouse): Promise<void> {
    await this.em.persist(warehouse).flush();
  }
}
