import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<Storage['getTargetValidationMetadatas']>;

interface Memo {
  generation: number;
  /** By the `always` and `strictGroups` flags the lookup was made with. */
  rules: Map<string, Rules>;
}

const memoized = new WeakSet<Storage>();

/**
 * Memoizes class-validator's metadata lookup. The library answers "which rules apply to this
 * class" by testing the class against every decorated class in the process on each validation
 * (several percent of a listing request's CPU, with a few hundred DTOs); the answer changes only
 * when a decorator registers a rule, which happens while modules load, so every new rule starts
 * a new generation of the memo. Lookups with validation groups or a schema are not memoized.
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  const memos = new WeakMap<object, Memo>();
  let generation = 0;

  storage.addValidationMetadata = (metadata) => {
    generation += 1;
    addRule(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || (groups && groups.length > 0)) {
      return lookup(target, schema, always, strictGroups, groups);
    }
    let memo = memos.get(target);
    if (memo?.generation !== generation) {
      memo = { generation, rules: new Map() };
      memos.set(target, memo);
    }
    const flags = `${always}:${strictGroups}`;
    let rules = memo.rules.get(flags);
    if (!rules) {
      rules = lookup(target, schema, always, strictGroups, groups);
      memo.rules.set(flags, rules);
    }
    return rules;
  };
}
