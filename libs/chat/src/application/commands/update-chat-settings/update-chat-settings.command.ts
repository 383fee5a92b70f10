import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ChatSettingsInput } from '../../../domain/seller-tools/shop-chat-settings.aggregate';
import { ChatSettingsView } from '../../queries/get-chat-settings/chat-settings.view';

/**
 * A shop's seller replaces its away mode and business hours. Switching away mode on or off
 * opens or closes an away period (left out of response-time stats).
 */
export class UpdateChatSettingsCommand extends Command<ChatSettingsView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly input: ChatSettingsInput,
  ) {
    super();
  }
}
