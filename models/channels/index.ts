// Sales channels: seeded demand, a view of stock per SKU, accept or reject.
export { Channel } from './channel.js';
export { ChannelView, type SaleLine } from './view.js';
export { OrderStream } from './demand.js';
