import { DomainError, NotFoundError } from '@pasar/shared/domain';

export const roomNotFound = (id?: string) => new NotFoundError('CHAT.ROOM_NOT_FOUND', 'Room', id);
export const shopNotFound = (id?: string) => new NotFoundError('CHAT.SHOP_NOT_FOUND', 'Shop', id);
export const orderNotFound = (id?: string) =>
  new NotFoundError('CHAT.ORDER_NOT_FOUND', 'Order', id);
export const messageNotFound = (id?: string) =>
  new NotFoundError('CHAT.MESSAGE_NOT_FOUND', 'Message', id);

/** Message text empty after trimming, or longer than allowed. */
export class InvalidMessageError extends DomainError {
  readonly code = 'CHAT.INVALID_MESSAGE';
  readonly kind = 'invalid' as const;

  constructor(reason: string, maxLength: number) {
    super(`text ${reason}`, { field: 'text', maxLength });
  }
}

/** Admins may read any room but do not take part in it. */
export class ReadOnlyRoomError extends DomainError {
  readonly code = 'CHAT.READ_ONLY';
  readonly kind = 'forbidden' as const;

  constructor() {
    super('Admins may read this room but not write to it');
  }
}

/** Only buyers open rooms (with a shop), and sellers about their shops' orders. */
export class BuyerOnlyError extends DomainError {
  readonly code = 'CHAT.BUYERS_ONLY';
  readonly kind = 'forbidden' as const;

  constructor() {
    super('Only buyers, and sellers about their orders, open chat rooms');
  }
}

/** A seller opens rooms only about an order of its shop (the buyer is that order's buyer). */
export class OrderRequiredError extends DomainError {
  readonly code = 'CHAT.ORDER_REQUIRED';
  readonly kind = 'unprocessable' as const;

  constructor() {
    super('A seller opens a room about an order: give the orderId', { field: 'orderId' });
  }
}

/** Too many messages from one connection in the current window. */
export class ChatRateLimitedError extends DomainError {
  readonly code = 'CHAT.RATE_LIMITED';
  readonly kind = 'too_many_requests' as const;

  constructor(limit: number, windowMs: number) {
    super(`At most ${limit} messages per ${windowMs} ms; slow down`, { limit, windowMs });
  }
}

/** A read receipt names where the reader stands: by message number or by message id, not both. */
export class ReadTargetError extends DomainError {
  readonly code = 'CHAT.READ_TARGET';
  readonly kind = 'invalid' as const;

  constructor() {
    super('Give exactly one of seq or messageId', { field: 'seq' });
  }
}

/** A hold needs a reason of 1..max characters (after trimming). */
export class InvalidHoldReasonError extends DomainError {
  readonly code = 'CHAT.INVALID_HOLD_REASON';
  readonly kind = 'invalid' as const;

  constructor(maxLength: number) {
    super(`reason must hold 1 to ${maxLength} characters`, { field: 'reason', maxLength });
  }
}

/** A card or image that does not fit the message (missing reference, wrong type). */
export class InvalidCardError extends DomainError {
  readonly code = 'CHAT.INVALID_CARD';
  readonly kind = 'invalid' as const;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`, { field });
  }
}

export const attachmentNotFound = (id?: string) =>
  new NotFoundError('CHAT.ATTACHMENT_NOT_FOUND', 'Attachment', id);
export const productNotFound = (id?: string) =>
  new NotFoundError('CHAT.PRODUCT_NOT_FOUND', 'Product', id);

/** An uploaded image is sent by one message only. */
export class AttachmentAlreadySentError extends DomainError {
  readonly code = 'CHAT.ATTACHMENT_ALREADY_SENT';
  readonly kind = 'conflict' as const;

  constructor(id: string) {
    super(`Attachment ${id} was already sent; upload it again to send it again`, {
      field: 'attachmentId',
    });
  }
}

/** An upload that is not an image chat accepts (judged by its bytes), or is too large. */
export class InvalidImageError extends DomainError {
  readonly code: string;
  readonly kind = 'unprocessable' as const;

  constructor(code: 'CHAT.UNSUPPORTED_IMAGE' | 'CHAT.IMAGE_TOO_LARGE', message: string) {
    super(message, { field: 'file' });
    this.code = code;
  }
}
