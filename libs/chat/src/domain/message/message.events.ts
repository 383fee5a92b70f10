import { DomainEvent } from '@pasar/shared/domain';
import { CHAT_MESSAGE_POSTED, ChatMessagePostedPayload } from '../../contracts/chat.events';

/**
 * Recorded when the message is posted, before it has a number: the store adds `seq` to the
 * payload it writes, so consumers receive the whole `ChatMessagePostedPayload`.
 */
export class ChatMessagePostedEvent extends DomainEvent<Omit<ChatMessagePostedPayload, 'seq'>> {
  readonly type = CHAT_MESSAGE_POSTED;
}
