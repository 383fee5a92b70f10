import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CATALOG_ENTITIES } from './catalog.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...CATALOG_ENTITIES])],
})
export class CatalogModule {}
