/** Emails are compared and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const E164 = /^\+[1-9]\d{7,14}$/;

/** Phone numbers are stored in E.164 (+4917612345678); spaces, dots, dashes and brackets are dropped. */
export function normalizePhone(phone: string): string | null {
  const compact = phone.replace(/[\s().-]/g, '');
  return E164.test(compact) ? compact : null;
}
