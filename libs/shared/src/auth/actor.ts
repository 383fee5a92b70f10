export const ROLES = ['buyer', 'seller', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: read from a verified, unrevoked access token. */
export interface Actor {
  id: string;
  role: Role;
  /** The session (refresh-token family) the access token was issued for. */
  sessionId: string;
  tokenId: string;
  tokenExpiresAt: Date;
}

/** The claims Pasar puts in an access token. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
  jti: string;
  iat?: number;
  exp?: number;
}
