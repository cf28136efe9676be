// The routing benchmark's leaderboard: words, table rows, charts and the HTML page.
export { renderLeaderboardPage } from './page.js';
export { gapChart, gapBySizeChart, omsDifferenceChart } from './charts.js';
export { pickAnswer, pickRows, pickHeader, omsAnswer, omsRows, omsHeader, suiteLine, gapBySize, formatGap, formatDifference, optimumNote, pickParts } from './text.js';
export { leaderboardMarkdown } from './markdown.js';
