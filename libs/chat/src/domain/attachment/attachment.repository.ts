import { Attachment } from './attachment.entity';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class AttachmentRepository {
  abstract findById(id: string): Promise<Attachment | null>;
  /** Whether a message already sent this attachment. */
  abstract isSent(id: string): Promise<boolean>;
  abstract add(attachment: Attachment): Promise<void>;
}
