import { DomainError } from '../errors/domain-error';
import { Actor } from './actor';

/**
 * The one-line ownership check for handlers: the actor owns the resource, or is an admin;
 * anyone else gets `notFound()` (a 404, so other users' resources are never revealed).
 */
export function assertOwnership(
  actor: Pick<Actor, 'id' | 'role'>,
  ownerId: string,
  notFound: () => DomainError,
): void {
  if (actor.role !== 'admin' && actor.id !== ownerId) throw notFound();
}
