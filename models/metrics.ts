// The run's metrics (names are part of the result JSON; see the README's "Metrics"). Agents bump the
// counters directly; the pipeline samples the level metrics at each close and finalizes the rest.
import { P2Quantile, Tally } from '../sim/stats/index.js';
import { SellerHealthLedger } from './channels/seller-health.js';

/** Mutable counters and statistics for one run; `snapshot()` gives the published numbers. */
export class Metrics {
  ordersAccepted = 0;
  linesAccepted = 0;
  unitsAccepted = 0;
  ordersRejected = 0;
  unitsRejected = 0;
  oversoldOrders = 0;
  oversoldUnits = 0;
  backorderedOrders = 0;
  shortPicks = 0;
  shortUnits = 0;
  ordersShipped = 0;
  unitsShipped = 0;
  ordersOnTime = 0;
  readonly cycleTimeP50 = new P2Quantile(0.5);
  readonly cycleTimeP95 = new P2Quantile(0.95);
  readonly cycleTime = new Tally();
  pickTravelMeters = 0;
  linesPicked = 0;
  laborSecondsBusy = 0;
  laborSecondsAvailable = 0;
  revenueCents = 0;
  cogsCents = 0;
  inventoryValueCents = 0;
  shrinkValueCents = 0;
  shrinkUnits = 0;
  damagedUnits = 0;
  misPicks = 0;
  reconciliationAdjustments = 0;
  reconciliationValueCents = 0;
  purchaseOrders = 0;
  unitsReceived = 0;
  /** Customer cancellations asked for, those that stopped the order before picking, and those too late (it shipped). */
  cancelRequests = 0;
  ordersCancelledByCustomer = 0;
  cancelsTooLate = 0;
  /** Customer return parcels put back into stock, their units, and the refunds paid (cents). */
  returnsReceived = 0;
  unitsReturned = 0;
  refundsCents = 0;
  /** Physical units in the warehouses (bins + staged) at the start and at the horizon. */
  openingUnits = 0;
  closingUnits = 0;
  /** The WMS record's own identity: opening + received - shipped + adjusted = closing (record units). */
  openingRecordUnits = 0;
  recordReceivedUnits = 0;
  recordShippedUnits = 0;
  recordAdjustedUnits = 0;
  closingRecordUnits = 0;
  stockoutSkuDays = 0;
  messagesSent = 0;
  messagesLost = 0;
  // Money and service (README "Costs"): integer cents accrued during the run.
  parcelsShipped = 0;
  splitOrders = 0;
  ordersDeliveredOnTime = 0;
  shippingCents = 0;
  labourCents = 0;
  holdingCents = 0;
  cancellationPenaltyCents = 0;
  oversellLostMarginCents = 0;
  stockoutLostMarginCents = 0;
  purchasingCents = 0;
  readonly driftRate = new Tally();
  readonly driftUnits = new Tally();
  readonly driftValue = new Tally();
  readonly recordAccuracy = new Tally();
  readonly atsStaleness = new Tally();
  /** Per channel and day: orders placed, cancelled by the seller, shipped, shipped late. */
  readonly sellerHealth = new SellerHealthLedger();
  /** The worst channel's rates over the run, channel-days above a threshold, the first such day (0: none). */
  sellerCancellationRate = 0;
  sellerLateShipmentRate = 0;
  sellerDefectRate = 0;
  sellerHealthBreachDays = 0;
  sellerHealthFirstBreachDay = 0;
  /** Manual work: discrepancies found at reconciliations, the hours they took and their wages; the OMS's fees. */
  reconciliationDiscrepancies = 0;
  reconciliationHours = 0;
  reconciliationCostCents = 0;
  omsCostCents = 0;

  /** Records one order's time from acceptance to shipment. */
  recordCycleTime(seconds: number): void {
    this.cycleTime.add(seconds);
    this.cycleTimeP50.add(seconds);
    this.cycleTimeP95.add(seconds);
  }

  /** The published metric values (rates as fractions, money in integer cents); its keys are MetricName. */
  snapshot() {
    const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
    const mean = (t: Tally) => (t.count > 0 ? t.mean : 0);
    return {
      ordersAccepted: this.ordersAccepted,
      linesAccepted: this.linesAccepted,
      unitsAccepted: this.unitsAccepted,
      ordersRejected: this.ordersRejected,
      unitsRejected: this.unitsRejected,
      oversoldOrders: this.oversoldOrders,
      oversoldUnits: this.oversoldUnits,
      oversellRate: ratio(this.oversoldOrders, this.ordersAccepted),
      backorderedOrders: this.backorderedOrders,
      shortPicks: this.shortPicks,
      shortUnits: this.shortUnits,
      ordersShipped: this.ordersShipped,
      unitsShipped: this.unitsShipped,
      fillRate: ratio(this.unitsShipped, this.unitsAccepted),
      cycleTimeP50: this.cycleTime.count > 0 ? this.cycleTimeP50.value : 0,
      cycleTimeP95: this.cycleTime.count > 0 ? this.cycleTimeP95.value : 0,
      onTimeShipRate: ratio(this.ordersOnTime, this.ordersShipped),
      pickTravelPerLine: ratio(this.pickTravelMeters, this.linesPicked),
      linesPerLaborHour: ratio(this.linesPicked, this.laborSecondsBusy / 3600),
      workerUtilization: ratio(this.laborSecondsBusy, this.laborSecondsAvailable),
      driftRate: mean(this.driftRate),
      driftUnits: mean(this.driftUnits),
      driftValue: mean(this.driftValue),
      recordAccuracy: this.recordAccuracy.count > 0 ? this.recordAccuracy.mean : 1,
      atsStaleness: mean(this.atsStaleness),
      revenue: this.revenueCents,
      cogs: this.cogsCents,
      inventoryValue: this.inventoryValueCents,
      shrinkValue: this.shrinkValueCents,
      shrinkUnits: this.shrinkUnits,
      damagedUnits: this.damagedUnits,
      misPicks: this.misPicks,
      reconciliationAdjustments: this.reconciliationAdjustments,
      reconciliationValue: this.reconciliationValueCents,
      purchaseOrders: this.purchaseOrders,
      unitsReceived: this.unitsReceived,
      cancelRequests: this.cancelRequests,
      ordersCancelledByCustomer: this.ordersCancelledByCustomer,
      cancelsTooLate: this.cancelsTooLate,
      returnsReceived: this.returnsReceived,
      unitsReturned: this.unitsReturned,
      refunds: this.refundsCents,
      openingUnits: this.openingUnits,
      closingUnits: this.closingUnits,
      openingRecordUnits: this.openingRecordUnits,
      recordReceivedUnits: this.recordReceivedUnits,
      recordShippedUnits: this.recordShippedUnits,
      recordAdjustedUnits: this.recordAdjustedUnits,
      closingRecordUnits: this.closingRecordUnits,
      stockoutSkuDays: this.stockoutSkuDays,
      sellerCancellationRate: this.sellerCancellationRate,
      sellerLateShipmentRate: this.sellerLateShipmentRate,
      sellerDefectRate: this.sellerDefectRate,
      sellerHealthBreachDays: this.sellerHealthBreachDays,
      sellerHealthFirstBreachDay: this.sellerHealthFirstBreachDay,
      reconciliationDiscrepancies: this.reconciliationDiscrepancies,
      reconciliationHours: this.reconciliationHours,
      reconciliationCost: this.reconciliationCostCents,
      omsCost: this.omsCostCents,
      messagesSent: this.messagesSent,
      messagesLost: this.messagesLost,
      ...this.money(ratio),
    };
  }

  // Costs, margin and service levels. totalCost includes the lost margins (an opportunity cost);
  // profit = grossMargin - the costs actually paid (shipping, labour, holding, purchasing, penalties).
  private money(ratio: (a: number, b: number) => number) {
    const oversellCost = this.cancellationPenaltyCents + this.oversellLostMarginCents;
    const paid = this.shippingCents + this.labourCents + this.holdingCents + this.purchasingCents + this.cancellationPenaltyCents;
    const totalCost = paid + this.oversellLostMarginCents + this.stockoutLostMarginCents;
    // Refunds are sales returned; the returned units' cost already left COGS when they came back.
    const grossMargin = this.revenueCents - this.refundsCents - this.cogsCents;
    return {
      shippingCost: this.shippingCents,
      labourCost: this.labourCents,
      holdingCost: this.holdingCents,
      oversellCost,
      stockoutCost: this.stockoutLostMarginCents,
      purchasingCost: this.purchasingCents,
      totalCost,
      costPerOrder: Math.round(ratio(totalCost, this.ordersShipped)),
      grossMargin,
      profit: grossMargin - paid,
      parcelsShipped: this.parcelsShipped,
      splitShipmentRate: ratio(this.splitOrders, this.ordersShipped),
      parcelsPerOrder: ratio(this.parcelsShipped, this.ordersShipped),
      onTimeDeliveryRate: ratio(this.ordersDeliveredOnTime, this.ordersShipped),
    };
  }
}

/** The published metrics, by name: what a run's result JSON holds under `metrics`. */
export type MetricSnapshot = ReturnType<Metrics['snapshot']>;

/** The name of a published metric (the keys of the snapshot). */
export type MetricName = keyof MetricSnapshot;
