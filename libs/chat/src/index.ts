// The chat context's public face. Other contexts and apps import only from here.
export { ChatModule } from './chat.module';
export { CHAT_ENTITIES } from './chat.entities';
export * from './contracts/chat.events';
