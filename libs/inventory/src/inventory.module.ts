import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { INVENTORY_ENTITIES } from './inventory.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...INVENTORY_ENTITIES])],
})
export class InventoryModule {}
