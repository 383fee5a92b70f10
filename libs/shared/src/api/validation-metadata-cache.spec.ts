import { IsInt, IsOptional, IsString, MetadataStorage, validateSync } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata-cache';

describe('memoizeValidationMetadata', () => {
  const storage = new MetadataStorage();
  const lookups = jest.spyOn(storage, 'getTargetValidationMetadatas');
  memoizeValidationMetadata(storage);

  const rules = (target: object) =>
    storage.getTargetValidationMetadatas(target as new () => unknown, '', false, false);

  // Rules of this test's own storage are registered by hand (decorators use the global one).
  class Base {
    name!: string;
  }

  it('answers a class from memory after the first lookup', () => {
    lookups.mockClear();
    const first = rules(Base);
    expect(rules(Base)).toBe(first);
    // The library's own lookup (spied on before memoizing) ran once for the two answers.
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('sees rules registered after a lookup, on the class and through inheritance', () => {
    const registered = (target: object, propertyName: string) =>
      storage.addValidationMetadata({
        type: 'customValidation',
        target,
        propertyName,
        constraints: [],
        validationOptions: {},
        always: undefined,
        groups: [],
        each: false,
        context: undefined,
        constraintCls: Object,
        name: 'custom',
      } as unknown as Parameters<MetadataStorage['addValidationMetadata']>[0]);
    class Child extends Base {}
    expect(rules(Child)).toHaveLength(0);
    registered(Base, 'name');
    expect(rules(Child).map((rule) => rule.propertyName)).toEqual(['name']);
    registered(Child, 'age');
    expect(
      rules(Child)
        .map((rule) => rule.propertyName)
        .sort(),
    ).toEqual(['age', 'name']);
  });

  it('leaves the global storage validating as before', () => {
    memoizeValidationMetadata();
    class Query {
      @IsOptional()
      @IsInt()
      limit?: number;
    }
    expect(validateSync(Object.assign(new Query(), { limit: 5 }))).toHaveLength(0);
    expect(validateSync(Object.assign(new Query(), { limit: 'five' }))[0].property).toBe('limit');
    class Later {
      @IsString()
      name!: unknown;
    }
    expect(validateSync(Object.assign(new Later(), { name: 1 }))[0].property).toBe('name');
  });
});
