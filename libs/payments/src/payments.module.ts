import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PAYMENTS_ENTITIES } from './payments.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...PAYMENTS_ENTITIES])],
  controllers: [],
  providers: [],
})
export class PaymentsModule {}
