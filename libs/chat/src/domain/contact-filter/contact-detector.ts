// Finds contact details meant to move a deal off Pasar (phone numbers, emails, links to other
// sites) in a message text, and masks them. Pure: no Nest, no I/O.

export const CONTACT_KINDS = ['phone', 'email', 'link'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** What replaces each finding in the text the recipient sees. */
export const CONTACT_MASK = '[contact hidden]';

/** A phone number needs at least this many digits (written or spelled out). */
export const MIN_PHONE_DIGITS = 7;

export interface ContactRules {
  /** The kinds looked for; findings of other kinds are left in the text. */
  kinds: readonly ContactKind[];
  /** Pasar's own hosts: a link or email on one of them (or a subdomain) is allowed. */
  allowedHosts: readonly string[];
}

export interface ContactFinding {
  kind: ContactKind;
  /** Where in the text: [start, end). */
  start: number;
  end: number;
}

export interface ContactScreening {
  findings: ContactFinding[];
  /** The text with every finding replaced by CONTACT_MASK; null when nothing was found. */
  masked: string | null;
}

interface Span {
  start: number;
  end: number;
}

/** Digits spelled out, in English and Indonesian. */
const DIGIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  // Indonesian
  nol: 0,
  kosong: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

// Top-level domains looked for in bare host names ("foo.com"); full URLs and www. hosts are
// caught whatever their domain. A closed list keeps "e.g." or "file.txt" out.
const TLDS =
  'com|net|org|info|biz|id|io|co|me|ly|gl|gg|to|tv|cc|ws|app|dev|xyz|site|online|shop|store|link|page|my|sg|us|uk|ru|cn';

const URL = /\bhttps?:\/\/[^\s<>"']+/gi;
const WWW = /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"']*/gi;
const BARE_HOST = new RegExp(
  `(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})\\b(?!\\.[a-z0-9])(?:/[^\\s<>"']*)?`,
  'gi',
);
// The local part starts where no local-part character precedes it: tried once per word, not at
// every character (which costs quadratic time on a long run without "@").
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
// "name at domain dot com", "name (at) domain [dot] com", "name[at]domain.com"
// A written "." takes no spaces around it, so "at home. See you" is no address; a bare " at "
// needs a spelled-out dot, so "cheaper at shop.com" is a link, not an address.
const BRACKET_AT = String.raw`\s*[([{]\s*at\s*[)\]}]\s*`;
const SPELLED_DOT = String.raw`(?:\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+)`;
const DOT = String.raw`(?:\.|${SPELLED_DOT})`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![a-z0-9._%+-])[a-z0-9._%+-]+(?:${BRACKET_AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}|\s+at\s+[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${SPELLED_DOT}(?:[a-z0-9-]+${DOT})*)[a-z]{2,10}\b`,
  'gi',
);

// Numbers that are not phone numbers; a digit run stops at them.
const ORDER_NUMBER = /\bPSR-[A-Z0-9]{4}-[A-Z0-9]{4}\b/gi;
const NOT_PHONE = [
  // prices: "Rp 150.000", "IDR 1,500,000", "$ 1.299.000"
  /(?:\b(?:rp|idr|usd|sgd)\.?|[$€£])\s?\d[\d.,]*/gi,
  // thousands grouping: "1.500.000", "2,000,000.50"
  /(?<![\d.,-])\b\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?\b(?![.,-]?\d)/g,
  // dates and times: "2026-11-24", "24/11/2026", "24.11.26", "10:30", "10.30"
  /(?<![\d.-])\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b(?![-/.]?\d)/g,
  /(?<![\d.-])\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b(?![-/.]?\d)/g,
  /(?<![\d.:])\b(?:[01]?\d|2[0-3])[.:][0-5]\d(?::[0-5]\d)?\b(?![.:]?\d)/g,
];

// A phone-number run: digits, spelled-out digits, and the separators written between them.
const TOKEN = /\d+|[a-z]+|\s+|[^\sa-z\d]/gi;
const SEPARATOR = /^(?:\s+|[.\-()[\]/])$/;

/**
 * Screens a text. `allowedNumbers` are the room's own order and tracking numbers, which are
 * never masked (the caller knows them; PSR-XXXX-XXXX order numbers are always allowed).
 */
export function screenContacts(
  text: string,
  rules: ContactRules,
  allowedNumbers: readonly string[] = [],
): ContactScreening {
  const allowed = [...matches(text, ORDER_NUMBER), ...literalSpans(text, allowedNumbers)];
  const candidates: ContactFinding[] = [
    ...[...matches(text, URL), ...matches(text, WWW), ...matches(text, BARE_HOST)]
      .filter((span) => !onAllowedHost(hostOf(text.slice(span.start, span.end)), rules))
      .map((span) => ({ kind: 'link' as const, ...trimUrl(text, span) })),
    ...[...matches(text, EMAIL), ...matches(text, SPELLED_EMAIL)]
      .filter((span) => !onAllowedHost(emailHost(text.slice(span.start, span.end)), rules))
      .map((span) => ({ kind: 'email' as const, ...span })),
    ...phoneRuns(text, [...allowed, ...NOT_PHONE.flatMap((pattern) => matches(text, pattern))]).map(
      (span) => ({ kind: 'phone' as const, ...span }),
    ),
  ];
  const findings = firstOfOverlapping(
    candidates.filter((finding) => !allowed.some((span) => overlaps(span, finding))),
  ).filter((finding) => rules.kinds.includes(finding.kind));
  return { findings, masked: findings.length === 0 ? null : mask(text, findings) };
}

function matches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function literalSpans(text: string, values: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const value of values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0)) {
    for (let at = lower.indexOf(value); at !== -1; at = lower.indexOf(value, at + 1)) {
      spans.push({ start: at, end: at + value.length });
    }
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Runs of digits and spelled-out digits with separators between them, of enough digits. */
function phoneRuns(text: string, stops: Span[]): Span[] {
  const runs: Span[] = [];
  let run: (Span & { digits: number }) | null = null;
  const close = () => {
    if (run && run.digits >= MIN_PHONE_DIGITS) runs.push({ start: run.start, end: run.end });
    run = null;
  };
  for (const token of text.matchAll(TOKEN)) {
    const value = token[0];
    const span = { start: token.index, end: token.index + value.length };
    if (stops.some((stop) => overlaps(stop, span))) {
      close();
      continue;
    }
    const digits = /^\d+$/.test(value)
      ? value.length
      : DIGIT_WORDS[value.toLowerCase()] !== undefined
        ? 1
        : 0;
    if (digits > 0) {
      // Digits glued to letters belong to a code (SKU, tracking number), not a phone number.
      if (/^\d/.test(value) && gluedToCode(text, span)) {
        close();
        continue;
      }
      run ??= { start: plusBefore(text, span.start), end: span.end, digits: 0 };
      run.end = span.end;
      run.digits += digits;
    } else if (!(run && SEPARATOR.test(value))) {
      close();
    }
  }
  close();
  return runs;
}

/** Digits written against letters ("AB1234567", "SKU-1234567", "1234567ID") are part of a code. */
function gluedToCode(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  return /[a-z][-_]?$/i.test(before) || /^[a-z]/i.test(text.slice(span.end, span.end + 1));
}

/** Includes a "+" (country code) or an opening bracket written just before a run. */
function plusBefore(text: string, start: number): number {
  const before = /(?:\+\s?)?\(?$/.exec(text.slice(Math.max(0, start - 3), start));
  return start - (before?.[0].length ?? 0);
}

/** A link does not take the punctuation that ends its sentence. */
function trimUrl(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[.,;:!?)\]]/.test(text[end - 1])) end -= 1;
  return { start: span.start, end };
}

function hostOf(link: string): string {
  return link
    .replace(/^https?:\/\//i, '')
    .split(/[/?#:]/)[0]
    .toLowerCase();
}

function emailHost(email: string): string {
  const at = /@|[([{]\s*at\s*[)\]}]|\s+at\s+/i.exec(email);
  const domain = at ? email.slice(at.index + at[0].length) : '';
  return domain
    .replace(/\s*(?:[([{]\s*dot\s*[)\]}]|\s+dot\s+)\s*/gi, '.')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function onAllowedHost(host: string, rules: ContactRules): boolean {
  const bare = host.replace(/^www\./, '').replace(/\.$/, '');
  return rules.allowedHosts.some((allowed) => bare === allowed || bare.endsWith(`.${allowed}`));
}

/** Overlapping findings (an email's domain is also a host): the earliest, then longest, wins. */
function firstOfOverlapping(findings: ContactFinding[]): ContactFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ContactFinding[] = [];
  for (const finding of sorted) {
    if (!kept.some((other) => overlaps(other, finding))) kept.push(finding);
  }
  return kept;
}

function mask(text: string, findings: ContactFinding[]): string {
  let masked = '';
  let at = 0;
  for (const finding of findings) {
    masked += text.slice(at, finding.start) + CONTACT_MASK;
    at = finding.end;
  }
  return masked + text.slice(at);
}

/** An allowed host as admins enter it: a bare lower-case host name, or null when it is none. */
export function normalizeHost(value: string): string | null {
  const host = hostOf(value.trim()).replace(/^www\./, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(host) &&
    host.length <= 253
    ? host
    : null;
}
