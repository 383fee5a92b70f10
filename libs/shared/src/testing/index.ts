// Test helpers; never imported by production code (excluded from the build).
export * from './test-environment';
export * from './entity-metadata';
export * from './integration-context';
