import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MediaStorage } from '@pasar/catalog';
import { ChatEraser } from '../../application/ports/chat-eraser';

/**
 * The images the user uploaded: their files are deleted from storage and their rows removed;
 * the image messages that sent them lose the reference (the text eraser blanks their caption).
 */
@Injectable()
export class AttachmentEraser implements ChatEraser {
  readonly name = 'attachments';

  constructor(private readonly storage: MediaStorage) {}

  async erase(userId: string, _now: Date, em: EntityManager): Promise<void> {
    const attachments = await em.execute<{ id: string; storage_key: string }[]>(
      'select id, storage_key from chat.attachments where uploader_id = ?',
      [userId],
    );
    if (attachments.length === 0) return;
    for (const { storage_key: key } of attachments) await this.storage.delete(key);
    const ids = attachments.map((a) => a.id);
    await em.execute(
      `update chat.messages set card = null where type = 'image' and card->>'attachmentId' in (?)`,
      [ids],
    );
    await em.execute('delete from chat.attachments where id in (?)', [ids]);
  }
}
