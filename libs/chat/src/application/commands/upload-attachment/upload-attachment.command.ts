import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { AttachmentView } from './attachment.view';

/**
 * A participant uploads an image to a room, to send it by reference (type image). Its type is
 * judged by its bytes and its metadata (EXIF, XMP, comments, text chunks) is stripped first.
 */
export class UploadAttachmentCommand extends Command<AttachmentView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly bytes: Buffer,
  ) {
    super();
  }
}
