import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CHAT_ENTITIES } from './chat.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...CHAT_ENTITIES])],
  controllers: [],
  providers: [],
})
export class ChatModule {}
