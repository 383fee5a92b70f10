import { DomainError } from '@pasar/shared/domain';

export class EmailAlreadyDeliveredError extends DomainError {
  readonly code = 'NOTIFICATIONS.EMAIL_ALREADY_DELIVERED';
  readonly kind = 'conflict' as const;
}

export const emailAlreadyDelivered = (id: string, status: string) =>
  new EmailAlreadyDeliveredError(`Email ${id} is already ${status}`, { emailId: id, status });
