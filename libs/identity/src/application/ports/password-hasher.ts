/** Hashes and checks passwords (argon2id in infrastructure/security). */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  /** Always takes about as long, whether or not `hash` is null (no user, no password). */
  abstract verify(hash: string | null, password: string): Promise<boolean>;
}
