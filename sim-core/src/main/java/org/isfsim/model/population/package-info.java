/**
 * The civilians of Gaza under Epstein's civil violence rule (Epstein 2002, PNAS 99 suppl. 3), kept as
 * flat arrays sorted by cell so that millions of agents update once a day against summed-area window
 * counts. Model code only: no UI imports.
 */
package org.isfsim.model.population;
