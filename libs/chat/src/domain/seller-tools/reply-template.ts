import { InvalidSavedReplyError, OrderNumberUnavailableError } from './seller-tools.errors';

/** The variables a saved reply may use, written `{name}`. */
export const TEMPLATE_VARIABLES = ['buyer_name', 'order_number', 'shop_name'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** What a room gives its replies: `order_number` is null when the room is about no order. */
export type TemplateValues = Record<Exclude<TemplateVariable, 'order_number'>, string> & {
  order_number: string | null;
};

/** `{name}`: a name of letters, digits and underscores in braces (other braces are plain text). */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The variables a body uses; refuses any name that is not a known variable. */
export function templateVariables(body: string): TemplateVariable[] {
  const used = new Set<TemplateVariable>();
  for (const [, name] of body.matchAll(PLACEHOLDER)) {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
      throw new InvalidSavedReplyError('body', `uses the unknown variable {${name}}`, {
        variable: name,
        allowed: TEMPLATE_VARIABLES,
      });
    }
    used.add(name as TemplateVariable);
  }
  return [...used];
}

/** Fills the variables in; `{order_number}` in a room about no order is refused. */
export function renderTemplate(body: string, values: TemplateValues): string {
  templateVariables(body);
  return body.replace(PLACEHOLDER, (_, name: TemplateVariable) => {
    const value = values[name];
    if (value === null) throw new OrderNumberUnavailableError();
    return value;
  });
}
