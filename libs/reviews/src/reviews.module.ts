import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { REVIEWS_ENTITIES } from './reviews.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...REVIEWS_ENTITIES])],
  controllers: [],
  providers: [],
})
export class ReviewsModule {}
