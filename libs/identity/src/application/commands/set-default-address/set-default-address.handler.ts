import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserEditor } from '../../services/user-editor';
import { SetDefaultAddressCommand } from './set-default-address.command';

@CommandHandler(SetDefaultAddressCommand)
export class SetDefaultAddressHandler implements ICommandHandler<SetDefaultAddressCommand> {
  constructor(private readonly editor: UserEditor) {}

  async execute({ userId, addressId }: SetDefaultAddressCommand): Promise<void> {
    await this.editor.edit(userId, (user, now) => user.setDefaultAddress(addressId, now));
  }
}
