import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ORDERING_ENTITIES } from './ordering.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...ORDERING_ENTITIES])],
  controllers: [],
  providers: [],
})
export class OrderingModule {}
