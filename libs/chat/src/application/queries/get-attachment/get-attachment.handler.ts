import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MediaStorage } from '@pasar/catalog';
import { AttachmentRepository } from '../../../domain/attachment/attachment.repository';
import { attachmentNotFound } from '../../../domain/room/chat.errors';
import { RoomAccess } from '../../services/room-access';
import { GetAttachmentQuery } from './get-attachment.query';

@QueryHandler(GetAttachmentQuery)
export class GetAttachmentHandler implements IQueryHandler<GetAttachmentQuery> {
  constructor(
    private readonly access: RoomAccess,
    private readonly attachments: AttachmentRepository,
    private readonly storage: MediaStorage,
  ) {}

  async execute({ actor, roomId, attachmentId }: GetAttachmentQuery) {
    await this.access.readable(actor, roomId);
    const attachment = await this.attachments.findById(attachmentId);
    if (!attachment || attachment.roomId !== roomId) throw attachmentNotFound(attachmentId);
    const bytes = await this.storage.read(attachment.storageKey);
    if (!bytes) throw attachmentNotFound(attachmentId);
    return { contentType: attachment.contentType, bytes };
  }
}
