/**
 * The raster map of the Gaza Strip: the embedded outline, governorates, crossings, the IDF-held zone
 * behind the yellow line and the initial population (facts.md §2 and §6). Model code only: no UI imports.
 */
package org.isfsim.model.map;
