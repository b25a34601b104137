/**
 * The raster map of the Gaza Strip: the embedded outline, governorates, crossings, the IDF-held zone
 * behind the yellow line and the initial population (docs/sources.md#peace-plan and docs/sources.md#geography). Model
 * code only: no UI imports.
 */
package org.isfsim.model.map;
