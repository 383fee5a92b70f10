import { DomainError } from '@pasar/shared/domain';

export interface Shortage {
  shopId?: string;
  warehouseId?: string;
  variantId: string;
  requested: number;
  available: number;
}

/** Not enough available (on hand − reserved) stock; `details` says what is available. */
export class InsufficientStockError extends DomainError {
  readonly code = 'INVENTORY.INSUFFICIENT_STOCK';
  readonly kind = 'conflict';

  private constructor(message: string, details: Record<string, unknown>) {
    super(message, details);
  }

  /** One stock level cannot give `requested` units. */
  static atLevel(shortage: Shortage): InsufficientStockError {
    return new InsufficientStockError(
      `Only ${shortage.available} unit(s) available, ${shortage.requested} needed`,
      { ...shortage },
    );
  }

  /** Reservation lines the shops' active warehouses cannot cover, each with what is available. */
  static forLines(lines: Shortage[]): InsufficientStockError {
    return new InsufficientStockError(`${lines.length} line(s) cannot be covered by stock`, {
      lines,
    });
  }
}

export class StockLimitError extends DomainError {
  readonly code = 'INVENTORY.STOCK_LIMIT';
  readonly kind = 'unprocessable';
  constructor(limit: number) {
    super(`A stock level holds at most ${limit} units`);
  }
}

export class InvalidQuantityError extends DomainError {
  readonly code = 'INVENTORY.INVALID_QUANTITY';
  readonly kind = 'invalid';
  constructor(field: string) {
    super(`${field} must be a positive whole number`, { field });
  }
}

export class UnknownVariantError extends DomainError {
  readonly code = 'INVENTORY.UNKNOWN_VARIANT';
  readonly kind = 'unprocessable';
  constructor(variantId: string) {
    super(`Variant ${variantId} does not exist in the catalog`, { field: 'variantId', variantId });
  }
}

export class SameWarehouseTransferError extends DomainError {
  readonly code = 'INVENTORY.SAME_WAREHOUSE';
  readonly kind = 'unprocessable';
  constructor() {
    super('A transfer moves stock between two different warehouses', { field: 'toWarehouseId' });
  }
}
