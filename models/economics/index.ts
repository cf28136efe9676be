// Money: regions, zone tables and cost accruals (README "Costs").
export { economicsDefaults, economicsOf, type EconomicsConfig, type RegionConfig, type ZoneConfig } from './settings.js';
export { ZoneTable, regionWeights } from './zones.js';
export { chargeCancelledOversell, holdingCents, labourCents, lostMarginCents } from './costs.js';
