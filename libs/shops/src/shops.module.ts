import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { SHOPS_ENTITIES } from './shops.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...SHOPS_ENTITIES])],
})
export class ShopsModule {}
