/**
 * Humanitarian aid: trucks enter at the crossings open each day, travel as convoys to distribution
 * points, may be looted under armed-group control, and lower hardship where they are delivered
 * (facts.md §1 Humanitarian clause, §2 Pt 7-8, §6 crossings, §8 aid flow; DESIGN.md "Aid convoys").
 */
package org.isfsim.model.aid;
