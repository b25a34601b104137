/**
 * The ceasefire as a state (holding, strained, escalation, collapse) driven by a tension stock that
 * hostile events raise and calm lets decay (action-reaction after Richardson 1960); its port
 * {@link org.isfsim.model.ceasefire.CeasefireWorld} gives it the day's events and the groups' stance.
 */
package org.isfsim.model.ceasefire;
