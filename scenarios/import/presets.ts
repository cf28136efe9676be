// Order-export layouts: which columns hold the order id, time, channel, SKU, quantity and price, and
// how a preset's own conventions (Shopify continuation rows, Amazon's line totals and statuses, UCI's
// C-invoices) map a row to an outcome. A generic column map covers every other export.
import { z } from 'zod';
import { timestampFormatProblem } from './time.js';

/** Where a preset finds each field; names are header cells (matched after trimming). */
export interface OrderColumns {
  orderId: string;
  timestamp: string;
  sku: string;
  quantity: string;
  price: string;
  channel?: string;
  status?: string;
  cancelledAt?: string;
  /** When the order last changed (Amazon): a cancelled order's cancellation time. */
  updatedAt?: string;
  financialStatus?: string;
  warehouse?: string;
  region?: string;
}

export interface OrderPreset {
  name: string;
  delimiter: string;
  columns: OrderColumns;
  /** 'unit': price is per unit; 'line': price is the line total (Amazon's item-price). */
  priceIs: 'unit' | 'line';
  /** The decimal mark of prices and the grouping it implies for quantities: '.' (default) or ',' (`1.234,50`). */
  decimal?: '.' | ',';
  /** Timestamp format: 'auto' or a token pattern (see time.ts). */
  timestampFormat: string;
  /** Channel when the export has no channel column (or --channel overrides it). */
  defaultChannel: string;
  /** Shopify: rows after an order's first repeat its id with the order-level columns blank. */
  continuationRows: boolean;
  /** UCI: invoices starting with C are cancellations; other negative quantities are adjustments. */
  cancellationPrefix?: string;
  /** Status values (lower case) that mark a cancelled row; a return status marks a returned one. */
  cancelledStatuses: string[];
  returnedStatuses: string[];
}

const SHOPIFY_HEADER = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street', 'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province', 'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2', 'Shipping Company', 'Shipping City', 'Shipping Zip', 'Shipping Province', 'Shipping Country', 'Shipping Phone', 'Notes', 'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor', 'Outstanding Balance', 'Employee', 'Location', 'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount'];
const AMAZON_HEADER = ['amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status', 'fulfillment-channel', 'sales-channel', 'order-channel', 'url', 'ship-service-level', 'product-name', 'sku', 'asin', 'item-status', 'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax', 'item-promotion-discount', 'ship-promotion-discount', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'promotion-ids', 'is-business-order', 'purchase-order-number', 'price-designation'];
const UCI_HEADER = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];

/** The header rows of the real exports, in their column order (the fixtures and the generator use them). */
export const presetHeaders: Record<string, string[]> = { 'shopify-orders': SHOPIFY_HEADER, 'amazon-orders': AMAZON_HEADER, 'online-retail': UCI_HEADER };

export const orderPresets: Record<string, OrderPreset> = {
  'shopify-orders': {
    name: 'shopify-orders', delimiter: ',', priceIs: 'unit', timestampFormat: 'auto', defaultChannel: 'shopify', continuationRows: true,
    columns: { orderId: 'Name', timestamp: 'Created at', sku: 'Lineitem sku', quantity: 'Lineitem quantity', price: 'Lineitem price', cancelledAt: 'Cancelled at', financialStatus: 'Financial Status', region: 'Shipping Country' },
    cancelledStatuses: [], returnedStatuses: ['refunded'],
  },
  'amazon-orders': {
    name: 'amazon-orders', delimiter: '\t', priceIs: 'line', timestampFormat: 'auto', defaultChannel: 'amazon', continuationRows: false,
    columns: { orderId: 'amazon-order-id', timestamp: 'purchase-date', updatedAt: 'last-updated-date', sku: 'sku', quantity: 'quantity', price: 'item-price', channel: 'sales-channel', status: 'order-status', region: 'ship-country' },
    cancelledStatuses: ['cancelled', 'canceled'], returnedStatuses: ['returned'],
  },
  'online-retail': {
    name: 'online-retail', delimiter: ',', priceIs: 'unit', timestampFormat: 'auto', defaultChannel: 'online', continuationRows: false,
    columns: { orderId: 'InvoiceNo', timestamp: 'InvoiceDate', sku: 'StockCode', quantity: 'Quantity', price: 'UnitPrice', region: 'Country' },
    cancellationPrefix: 'C', cancelledStatuses: [], returnedStatuses: [],
  },
};

const header = z.string().min(1).max(200);
/** The generic column map file (--columns MAP.json). */
export const columnMapSchema = z.strictObject({
  orderId: header,
  timestamp: header,
  timestampFormat: z
    .string()
    .min(1)
    .max(64)
    .default('auto')
    .superRefine((format, ctx) => {
      const problem = timestampFormatProblem(format);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: `${problem}; tokens: YYYY YY MM M DD D HH H mm ss Z, or auto` });
    }),
  sku: header,
  quantity: header,
  unitPrice: header,
  channel: header.optional(),
  warehouse: header.optional(),
  region: header.optional(),
  // Decimal-comma exports (`1.234,50`, quantities `1.000`): ",". Thousands separators are then ".".
  decimal: z.enum(['.', ',']).default('.'),
  // The docs name the tab TAB; a tab character ("\t" in JSON) works too.
  delimiter: z
    .enum([',', ';', '\t', '|', 'TAB'])
    .default(',')
    .transform((d) => (d === 'TAB' ? '\t' : d)),
});
export type ColumnMap = z.input<typeof columnMapSchema>;

/** A preset from a validated column map. */
export function presetFromColumnMap(map: z.output<typeof columnMapSchema>): OrderPreset {
  return {
    name: 'columns', delimiter: map.delimiter, decimal: map.decimal, priceIs: 'unit', timestampFormat: map.timestampFormat, defaultChannel: 'orders', continuationRows: false,
    columns: { orderId: map.orderId, timestamp: map.timestamp, sku: map.sku, quantity: map.quantity, price: map.unitPrice, channel: map.channel, warehouse: map.warehouse, region: map.region },
    cancelledStatuses: [], returnedStatuses: [],
  };
}
