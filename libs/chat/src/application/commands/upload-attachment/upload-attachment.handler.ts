import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MediaStorage } from '@pasar/catalog';
import { AppConfig } from '@pasar/shared';
import { Attachment } from '../../../domain/attachment/attachment.entity';
import { AttachmentRepository } from '../../../domain/attachment/attachment.repository';
import { InvalidImageError } from '../../../domain/room/chat.errors';
import { stripImageMetadata } from '../../services/image-metadata';
import { RoomAccess } from '../../services/room-access';
import { AttachmentView } from './attachment.view';
import { UploadAttachmentCommand } from './upload-attachment.command';

@CommandHandler(UploadAttachmentCommand)
export class UploadAttachmentHandler implements ICommandHandler<UploadAttachmentCommand> {
  private readonly logger = new Logger(UploadAttachmentHandler.name);

  constructor(
    private readonly access: RoomAccess,
    private readonly attachments: AttachmentRepository,
    private readonly storage: MediaStorage,
    private readonly config: AppConfig,
  ) {}

  /** Checked and stripped first; stored; the row is written last (the file removed if it fails). */
  async execute({ actor, roomId, bytes }: UploadAttachmentCommand): Promise<AttachmentView> {
    const { room } = await this.access.readable(actor, roomId);
    room.writerRole(actor);
    const limit = this.config.chat.maxImageBytes;
    if (bytes.length > limit) {
      throw new InvalidImageError('CHAT.IMAGE_TOO_LARGE', `file must be at most ${limit} bytes`);
    }
    const stripped = stripImageMetadata(bytes);
    const { id, storageKey } = Attachment.allocate(room.id, stripped.type.extension);
    await this.storage.put(storageKey, stripped.bytes, stripped.type.contentType);
    // Served by the chat API to the room's participants, never by the storage's public URL.
    const url = `${this.config.publicUrl.replace(/\/+$/, '')}/chat/rooms/${room.id}/attachments/${id}`;
    const attachment = Attachment.upload({
      id,
      room,
      uploader: actor,
      storageKey,
      url,
      contentType: stripped.type.contentType,
      size: stripped.bytes.length,
      now: new Date(),
    });
    try {
      await this.attachments.add(attachment);
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((err) => this.logger.warn({ err, storageKey }, 'could not remove a failed upload'));
      throw error;
    }
    return {
      id: attachment.id,
      roomId: attachment.roomId,
      url: attachment.url,
      contentType: attachment.contentType,
      size: attachment.size,
      createdAt: attachment.createdAt.toISOString(),
    };
  }
}
