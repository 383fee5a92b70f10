import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Actor, AggregateRoot, ROLES, Role } from '@pasar/shared/domain';
import { ContactKind, ContactScreening } from '../contact-filter/contact-detector';
import { RoomParties } from '../room/room-parties';
import { InvalidCardError, InvalidMessageError } from '../room/chat.errors';
import { CARD_KIND, MESSAGE_TYPES, MessageCard, MessageType, messagePreview } from './message-card';
import { ChatMessagePostedEvent } from './message.events';

export const SENDER_ROLES = [...ROLES, 'system'] as const;
/** Users write as their role; order-status cards are written by the platform as `system`. */
export type SenderRole = Role | 'system';
/** The sender id of system messages (no user has it). */
export const SYSTEM_SENDER_ID = '00000000-0000-0000-0000-000000000000';

/** What a message holds besides its text: a type, and for every type but text its card. */
export interface MessageContent {
  type: MessageType;
  card: MessageCard | null;
}

/**
 * One message in a room. A sender's `clientMessageId` is unique per room, so a resend after a
 * lost ack finds the stored message instead of writing a second one. `seq` numbers a room's
 * messages 1, 2, 3… without gaps, in commit order: it is given in the insert transaction, under
 * the room's row lock, so a client that has seen up to n misses exactly the messages after n.
 */
@Entity({ schema: 'chat', tableName: 'messages' })
// Text messages need text, other types take an optional caption; an erased message (its
// sender's account was deleted) has none.
@Check({
  name: 'messages_text_not_empty',
  expression: "(type <> 'text') OR (length(text) > 0) OR (erased_at IS NOT NULL)",
})
@Unique({
  name: 'messages_room_sender_client_id_unique',
  properties: ['roomId', 'senderId', 'clientMessageId'],
})
@Unique({
  name: 'messages_room_seq_unique',
  expression:
    'alter table "chat"."messages" add constraint "messages_room_seq_unique" unique ("room_id", "seq")',
})
@Index({
  name: 'messages_attachment_unique',
  expression:
    'create unique index "messages_attachment_unique" on "chat"."messages" ((card->>\'attachmentId\')) where type = \'image\'',
})
export class Message extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly roomId: string;

  @Property({ type: 'uuid' })
  readonly senderId: string;

  @Enum({ items: () => SENDER_ROLES })
  readonly senderRole: SenderRole;

  @Property({ type: 'string', length: 100 })
  readonly clientMessageId: string;

  /** The message's text; for cards and images an optional caption (then possibly empty). */
  @Property({ type: 'text' })
  readonly text: string;

  /** The text as non-admins see it, contact details masked; null when nothing was masked. */
  @Property({ type: 'text', nullable: true })
  readonly maskedText: string | null;

  @Enum({ items: () => MESSAGE_TYPES, default: 'text' })
  readonly type: MessageType;

  /** The snapshot of a card or image reference taken when sent; null for text. */
  @Property({ type: 'json', nullable: true })
  readonly card: MessageCard | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  /** The message's place in its room, set by `numbered` when it is stored; 0 before. */
  @Property({ type: 'integer', fieldName: 'seq' })
  private _seq = 0;

  /** Posted by Pasar for the shop (away mode, outside business hours), not typed by a seller. */
  @Property({ type: 'boolean', default: false })
  readonly automatic: boolean;
  /**
   * What the contact filter masked, known only on a message just posted (the hits table keeps
   * it; a message loaded from the database has none).
   */
  readonly maskedKinds: ContactKind[];

  /**
   * When the text was erased (set empty) because the sender's account was deleted; the row
   * stays so the room's history keeps its order. Written by chat's erasers, never by a command.
   */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  readonly erasedAt: Date | null = null;

  private constructor(props: {
    roomId: string;
    senderId: string;
    senderRole: SenderRole;
    clientMessageId: string;
    text: string;
    automatic: boolean;
    screening: ContactScreening;
    content: MessageContent;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.roomId = props.roomId;
    this.senderId = props.senderId;
    this.senderRole = props.senderRole;
    this.clientMessageId = props.clientMessageId;
    this.text = props.text;
    this.maskedText = props.screening.masked;
    this.maskedKinds = [...new Set(props.screening.findings.map((finding) => finding.kind))];
    this.type = props.content.type;
    this.card = props.content.card;
    this.createdAt = props.now;
    this.automatic = props.automatic;
  }

  get seq(): number {
    return this._seq;
  }

  /**
   * The room's next number, taken by the store in the transaction that inserts the message (a
   * transaction that rolls back gives it up; the next try numbers the message again). The store
   * adds it to the `chat.message-posted` it writes with the message.
   */
  numbered(seq: number): void {
    this._seq = seq;
  }

  /**
   * A participant writes in the room: the text is trimmed and must hold 1..maxLength
   * characters; an image or card (`content`, text by default) makes the text an optional
   * caption. `screen` (the contact filter) finds contact details before it is stored: the
   * original text is kept and the masked one stored beside it. Records `chat.message-posted` for
   * the other participant (whether they were online, and the message's one-line preview,
   * masked, as its text); the store adds the message's number when it stores both.
   */
  static post(props: {
    room: RoomParties;
    sender: Pick<Actor, 'id' | 'role'>;
    senderName: string;
    clientMessageId: string;
    text: string;
    content?: MessageContent;
    maxLength: number;
    recipientOnline: (userId: string) => boolean;
    screen?: (text: string) => ContactScreening;
    now: Date;
    /** An automatic reply posted for the shop's seller. */
    automatic?: boolean;
  }): Message {
    const senderRole = props.room.writerRole(props.sender);
    const content = props.content ?? { type: 'text', card: null };
    if (content.type === 'system') {
      throw new InvalidCardError('type', 'system messages are written by the platform only');
    }
    checkContent(content);
    const text = checkedText(props.text, props.maxLength, content.type !== 'text');
    const message = new Message({
      roomId: props.room.id,
      senderId: props.sender.id,
      senderRole,
      clientMessageId: props.clientMessageId,
      text,
      automatic: props.automatic ?? false,
      screening: props.screen?.(text) ?? { findings: [], masked: null },
      content,
      now: props.now,
    });
    const recipient = props.room.otherParticipant(props.sender.id);
    message.record(
      new ChatMessagePostedEvent('Message', message.id, {
        messageId: message.id,
        roomId: props.room.id,
        shopId: props.room.shopId,
        buyerId: props.room.buyerId,
        orderId: props.room.orderId,
        senderId: props.sender.id,
        senderName: props.senderName,
        messageType: content.type,
        text: messagePreview(content.type, message.maskedText ?? text, content.card),
        masked: message.maskedText !== null,
        automatic: props.automatic ?? false,
        sentAt: props.now.toISOString(),
        recipients: [{ userId: recipient, online: props.recipientOnline(recipient) }],
      }),
    );
    return message;
  }

  /**
   * The platform writes in the room (an order's status changed): sender role `system`, no
   * user's id, an order card. Records no chat.message-posted: the order's own notifications
   * tell the people involved, so a status card is never mailed again.
   */
  static system(props: {
    room: RoomParties;
    clientMessageId: string;
    text: string;
    card: MessageCard;
    now: Date;
  }): Message {
    const content: MessageContent = { type: 'system', card: props.card };
    checkContent(content);
    return new Message({
      roomId: props.room.id,
      senderId: SYSTEM_SENDER_ID,
      senderRole: 'system',
      clientMessageId: props.clientMessageId,
      text: props.text,
      content,
      automatic: false,
      screening: { findings: [], masked: null },
      now: props.now,
    });
  }
}

/** Text needs no card; every other type needs the card of its kind. */
function checkContent({ type, card }: MessageContent): void {
  if (type === 'text') {
    if (card) throw new InvalidCardError('type', 'a text message carries no card');
    return;
  }
  if (!card || card.kind !== CARD_KIND[type]) {
    throw new InvalidCardError('type', `a ${type} message needs a ${CARD_KIND[type]} card`);
  }
}

/** Trimmed; 1..maxLength characters (0 allowed for a caption), no NUL. */
function checkedText(raw: string, maxLength: number, captionOnly: boolean): string {
  const text = raw.trim();
  if (text.length === 0 && !captionOnly) {
    throw new InvalidMessageError('must not be empty', maxLength);
  }
  if (text.includes('\u0000')) {
    throw new InvalidMessageError('must not contain NUL characters', maxLength);
  }
  if (text.length > maxLength) {
    throw new InvalidMessageError(`must be at most ${maxLength} characters`, maxLength);
  }
  return text;
}
