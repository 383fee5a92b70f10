import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserEditor } from '../../services/user-editor';
import { UpdateProfileCommand } from './update-profile.command';

@CommandHandler(UpdateProfileCommand)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfileCommand> {
  constructor(private readonly editor: UserEditor) {}

  execute({ userId, name }: UpdateProfileCommand): Promise<void> {
    return this.editor.edit(userId, (user, now) => user.rename(name, now));
  }
}
