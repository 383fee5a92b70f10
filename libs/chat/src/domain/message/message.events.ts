import { DomainEvent } from '@pasar/shared/domain';
import { CHAT_MESSAGE_POSTED, ChatMessagePostedPayload } from '../../contracts/chat.events';

export class ChatMessagePostedEvent extends DomainEvent<ChatMessagePostedPayload> {
  readonly type = CHAT_MESSAGE_POSTED;
}
