/** The isf-sim model: the map, the agents and their daily schedule. */
package org.isfsim.model;
