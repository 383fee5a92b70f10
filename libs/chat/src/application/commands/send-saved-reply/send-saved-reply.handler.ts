import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SavedReplyRenderer } from '../../services/saved-reply-renderer';
import { PostMessageCommand, PostMessageResult } from '../post-message/post-message.command';
import { SendSavedReplyCommand } from './send-saved-reply.command';

/** Renders the reply for the room, then posts it through the one message path. */
@CommandHandler(SendSavedReplyCommand)
export class SendSavedReplyHandler implements ICommandHandler<SendSavedReplyCommand> {
  constructor(
    private readonly renderer: SavedReplyRenderer,
    private readonly commands: CommandBus,
  ) {}

  async execute(command: SendSavedReplyCommand): Promise<PostMessageResult> {
    const { actor, roomId, replyId, clientMessageId } = command;
    const { text } = await this.renderer.render(actor, roomId, replyId);
    return this.commands.execute(new PostMessageCommand(actor, roomId, clientMessageId, text));
  }
}
