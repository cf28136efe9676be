export {
  accountDefinition,
  accountIds,
  accountIndex,
  chartOfAccounts,
  isAccountId,
  type AccountDefinition,
  type AccountId,
  type AccountType,
  type NormalSide,
} from './accounts.js';
export {
  EntryRows,
  LedgerError,
  assertCents,
  assertEntryHeader,
  isCents,
  type JournalEntry,
  type JournalEntryInput,
  type JournalLine,
  type JournalLineInput,
  type LedgerErrorCode,
} from './journal-entry.js';
export { Ledger, type LedgerOptions, type PostResult, type TrialBalance, type TrialBalanceRow } from './ledger.js';
export {
  cashReceiptEntry,
  countGainEntry,
  customerReturnEntry,
  openingStockEntry,
  receiptEntry,
  shipmentEntry,
  supplierInvoiceEntry,
  supplierPaymentEntry,
  writeOffEntry,
  type EntryHeader,
  type WriteOffReason,
} from './postings.js';
export { ErpBooks, type BooksResult, type NothingPosted, type StockMovement } from './books.js';
export {
  inventoryValuationReport,
  periodCloseReport,
  profitAndLoss,
  profitAndLossBetween,
  trialBalanceReport,
  type PeriodClose,
  type ProfitAndLoss,
  type TrialBalanceReport,
  type TrialBalanceReportRow,
  type ValuationReport,
  type ValuationReportRow,
} from './reports.js';
export {
  FifoValuation,
  MovingAverageValuation,
  StandardCostValuation,
  ValuationError,
  createValuation,
  mulDivRoundHalfUp,
  type AdjustResult,
  type CostLayer,
  type InventoryValuation,
  type IssueResult,
  type ReceiveResult,
  type StandardCostTable,
  type ValuationConfig,
  type ValuationErrorCode,
  type ValuationMethod,
} from './valuation/index.js';
export { Erp, type ErpOptions } from './erp-agent.js';
export { ErpStockBooks, type StockBooksOptions } from './stock-books.js';
export { Purchasing } from './purchasing.js';
export { orderQuantity, replenishmentLevels, type ReplenishmentLevels } from './replenishment.js';
export { BatchImporter, type ImportOutcome, type ImportStats } from './own-count.js';
export { Reconciliation, type ReconciliationResult } from './reconciliation.js';
