import { NotFoundError } from '../errors/domain-error';
import { assertOwnership } from './ownership';

const notFound = () => new NotFoundError('TEST.THING_NOT_FOUND', 'Thing', 't1');

describe('assertOwnership', () => {
  it('lets the owner through', () => {
    expect(() => assertOwnership({ id: 'u1', role: 'buyer' }, 'u1', notFound)).not.toThrow();
  });

  it('lets an admin through', () => {
    expect(() => assertOwnership({ id: 'a1', role: 'admin' }, 'u1', notFound)).not.toThrow();
  });

  it('answers anyone else with the not-found error, never a forbidden one', () => {
    expect(() => assertOwnership({ id: 'u2', role: 'seller' }, 'u1', notFound)).toThrow(
      expect.objectContaining({ code: 'TEST.THING_NOT_FOUND', kind: 'not_found' }),
    );
  });
});
