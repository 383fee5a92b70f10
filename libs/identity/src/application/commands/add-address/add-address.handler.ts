import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserEditor } from '../../services/user-editor';
import { AddAddressCommand } from './add-address.command';

@CommandHandler(AddAddressCommand)
export class AddAddressHandler implements ICommandHandler<AddAddressCommand> {
  constructor(private readonly editor: UserEditor) {}

  execute(command: AddAddressCommand): Promise<{ addressId: string }> {
    return this.editor.edit(command.userId, (user, now) => ({
      addressId: user.addAddress(command.type, command.fields, command.makeDefault, now).id,
    }));
  }
}
