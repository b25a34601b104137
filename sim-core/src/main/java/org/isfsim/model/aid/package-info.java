/**
 * Humanitarian aid: trucks enter at the crossings open each day, travel as convoys to distribution
 * points, may be looted under armed-group control, and lower hardship where they are delivered
 * (docs/sources.md#resolution-2803 Humanitarian clause, docs/sources.md#peace-plan Pt 7-8, docs/sources.md#geography
 * crossings, docs/sources.md#violations-and-aid aid flow; docs/sources.md#design-aid-convoys).
 */
package org.isfsim.model.aid;
