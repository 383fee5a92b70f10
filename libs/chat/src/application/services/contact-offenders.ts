import { Injectable } from '@nestjs/common';
import { Message } from '../../domain/message/message.aggregate';
import { ContactHit } from '../../domain/moderation/contact-hit.entity';
import { ModerationCase } from '../../domain/moderation/moderation-case.aggregate';
import { ModerationRepository } from '../../domain/moderation/moderation.repository';
import { ContactFilter } from './contact-filter';

/**
 * Repeat offenders: every masked message is a hit; a sender with `offenderThreshold` hits within
 * `offenderWindowMinutes` (and since their last case was resolved) gets one open
 * contact-sharing case in the moderation queue, never a second while it is open.
 */
@Injectable()
export class ContactOffenders {
  constructor(
    private readonly moderation: ModerationRepository,
    private readonly contactFilter: ContactFilter,
  ) {}

  async record(messages: Message[]): Promise<void> {
    const hits = messages
      .filter((message) => message.maskedText !== null)
      .map(
        (message) =>
          new ContactHit({
            senderId: message.senderId,
            roomId: message.roomId,
            messageId: message.id,
            kinds: message.maskedKinds,
            text: message.text,
            createdAt: message.createdAt,
          }),
      );
    if (hits.length === 0) return;
    const { settings } = await this.contactFilter.current();
    const now = new Date();
    const since = new Date(now.getTime() - settings.offenderWindowMinutes * 60_000);
    const recent = await this.moderation.addHits(hits, since);
    for (const [subjectUserId, evidence] of recent) {
      if (evidence.length < settings.offenderThreshold) continue;
      await this.moderation.openContactCase(
        ModerationCase.contactSharing({ subjectUserId, messages: evidence, now }),
      );
    }
  }
}
