/**
 * Architecture rules checked in CI (`npm run depcruise`). See ARCHITECTURE.md:
 * contexts talk only through each other's src/index.ts, the kernel depends on no context,
 * domain/ is plain TypeScript, and nothing imports api/ or the test helpers from production code.
 */
module.exports = {
  forbidden: [
    {
      name: 'context-public-face-only',
      comment: 'Another context is reached only through its src/index.ts.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: {
        path: '^libs/([^/]+)/src/',
        pathNot: [
          '^libs/$1/',
          '^libs/[^/]+/src/index\\.ts$',
          '^libs/shared/src/(domain|testing)/index\\.ts$',
        ],
      },
    },
    {
      name: 'apps-use-public-faces',
      comment: 'Apps compose contexts through their public faces.',
      severity: 'error',
      from: { path: '^apps/' },
      to: {
        path: '^libs/[^/]+/src/',
        pathNot: [
          '^libs/[^/]+/src/index\\.ts$',
          '^libs/shared/src/(domain|testing)/index\\.ts$',
          // Loaded before everything else, so it cannot come through the shared index.
          '^libs/shared/src/observability/tracing\\.ts$',
        ],
      },
    },
    {
      name: 'context-direction',
      comment:
        'Contexts depend downward only (ARCHITECTURE.md): inventory → shops → identity, catalog. ' +
        'A need that would point upward is an event instead.',
      severity: 'error',
      from: { path: '^libs/(catalog|identity)/' },
      to: { path: '^libs/(shops|inventory|cart|ordering|chat)/' },
    },
    {
      name: 'ordering-on-top',
      comment: 'ordering → cart → inventory → shops: nothing below ordering depends on it.',
      severity: 'error',
      from: { path: '^libs/(cart|inventory|shops)/' },
      to: { path: '^libs/(ordering|chat)/' },
    },
    {
      name: 'chat-on-top',
      comment: 'chat → ordering: ordering and below never depend on chat.',
      severity: 'error',
      from: { path: '^libs/ordering/' },
      to: { path: '^libs/chat/' },
    },
    {
      name: 'cart-above-inventory',
      severity: 'error',
      from: { path: '^libs/(inventory|shops)/' },
      to: { path: '^libs/cart/' },
    },
    {
      name: 'shops-below-inventory',
      severity: 'error',
      from: { path: '^libs/shops/' },
      to: { path: '^libs/inventory/' },
    },
    {
      name: 'read-models-take-events-only',
      comment:
        'search, payments, notifications, reviews and analytics learn of other contexts from events: they declare the payloads they ' +
        'read and import no other context (ARCHITECTURE.md: they depend only on the kernel).',
      severity: 'error',
      from: { path: '^libs/(search|payments|notifications|reviews|analytics)/' },
      to: { path: '^libs/(?!$1/|shared/)' },
    },
    {
      name: 'kernel-knows-no-context',
      comment: 'libs/shared is the kernel: it may not depend on any bounded context.',
      severity: 'error',
      from: { path: '^libs/shared/' },
      to: { path: '^libs/(?!shared/)' },
    },
    {
      name: 'domain-is-plain',
      comment: 'domain/ imports no Nest, no query layer, no application/api/infrastructure code.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: {
        path: [
          '^node_modules/@nestjs/',
          '^node_modules/@mikro-orm/(knex|postgresql)/',
          '^libs/[^/]+/src/(application|api|infrastructure)/',
          '^libs/shared/src/index\\.ts$',
        ],
      },
    },
    {
      name: 'application-not-api',
      comment: 'application/ does not depend on controllers or request DTOs.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/application/' },
      to: { path: '^libs/[^/]+/src/api/' },
    },
    {
      name: 'no-test-helpers-in-production',
      severity: 'error',
      from: {
        path: '^(apps|libs)/',
        pathNot: [
          '\\.(spec|int-spec|e2e-spec)\\.ts$',
          '^libs/[^/]+/test/',
          '^libs/shared/src/testing/',
        ],
      },
      to: { path: '^libs/shared/src/testing/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      comment: 'Type-only cycles (an entity and its parent) are fine; runtime cycles are not.',
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
