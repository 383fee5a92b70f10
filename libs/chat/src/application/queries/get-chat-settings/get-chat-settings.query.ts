import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ChatSettingsView } from './chat-settings.view';

/** A shop's away mode and business hours, for its seller or an admin. */
export class GetChatSettingsQuery extends Query<ChatSettingsView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
  ) {
    super();
  }
}
