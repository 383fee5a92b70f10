import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Attachment } from '../../domain/attachment/attachment.entity';
import { AttachmentRepository } from '../../domain/attachment/attachment.repository';

@Injectable()
export class MikroOrmAttachmentRepository extends AttachmentRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<Attachment | null> {
    return this.em.findOne(Attachment, { id });
  }

  async isSent(id: string): Promise<boolean> {
    const [row] = await this.em.execute<{ sent: boolean }[]>(
      `select exists (select 1 from chat.messages
         where type = 'image' and card->>'attachmentId' = ?) as sent`,
      [id],
    );
    return row.sent;
  }

  async add(attachment: Attachment): Promise<void> {
    await this.em.fork().persist(attachment).flush();
  }
}
