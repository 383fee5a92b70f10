import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserEditor } from '../../services/user-editor';
import { EditAddressCommand } from './edit-address.command';

@CommandHandler(EditAddressCommand)
export class EditAddressHandler implements ICommandHandler<EditAddressCommand> {
  constructor(private readonly editor: UserEditor) {}

  async execute({ userId, addressId, fields }: EditAddressCommand): Promise<void> {
    await this.editor.edit(userId, (user, now) => user.editAddress(addressId, fields, now));
  }
}
