import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CART_ENTITIES } from './cart.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...CART_ENTITIES])],
  controllers: [],
  providers: [],
})
export class CartModule {}
