import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserEditor } from '../../services/user-editor';
import { RemoveAddressCommand } from './remove-address.command';

@CommandHandler(RemoveAddressCommand)
export class RemoveAddressHandler implements ICommandHandler<RemoveAddressCommand> {
  constructor(private readonly editor: UserEditor) {}

  execute({ userId, addressId }: RemoveAddressCommand): Promise<void> {
    return this.editor.edit(userId, (user, now) => user.removeAddress(addressId, now));
  }
}
