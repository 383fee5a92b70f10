import { renderTemplate, templateVariables } from './reply-template';

const values = { buyer_name: 'Ana', shop_name: 'Toko Budi', order_number: 'PSR-7K3M-Q9XD' };

describe('reply templates', () => {
  it('lists the variables a body uses, once each', () => {
    expect(templateVariables('Hi {buyer_name}, {buyer_name}! Order {order_number}').sort()).toEqual(
      ['buyer_name', 'order_number'],
    );
    expect(templateVariables('No variables, just {braces with spaces} and {}')).toEqual([]);
  });

  it('refuses an unknown variable, naming it', () => {
    expect(() => templateVariables('Hi {buyer}')).toThrow(
      expect.objectContaining({
        code: 'CHAT.INVALID_SAVED_REPLY',
        message: 'body uses the unknown variable {buyer}',
        details: expect.objectContaining({ field: 'body', variable: 'buyer' }),
      }),
    );
  });

  it('fills every variable in', () => {
    expect(renderTemplate('Hi {buyer_name}, {shop_name} ships {order_number} today', values)).toBe(
      'Hi Ana, Toko Budi ships PSR-7K3M-Q9XD today',
    );
  });

  it('refuses {order_number} in a room about no order, but renders the rest there', () => {
    const noOrder = { ...values, order_number: null };
    expect(renderTemplate('Hi {buyer_name}', noOrder)).toBe('Hi Ana');
    expect(() => renderTemplate('Order {order_number}', noOrder)).toThrow(
      expect.objectContaining({ code: 'CHAT.ORDER_NUMBER_UNAVAILABLE' }),
    );
  });

  it('does not expand a value that looks like a variable', () => {
    expect(renderTemplate('Hi {buyer_name}', { ...values, buyer_name: '{shop_name}' })).toBe(
      'Hi {shop_name}',
    );
  });
});
