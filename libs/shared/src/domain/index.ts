// The pure part of the kernel that domain/ folders may import: no Nest, no EntityManager.
export * from './aggregate-root';
export * from './domain-event';
export * from '../errors/domain-error';
export * from '../auth/actor';
