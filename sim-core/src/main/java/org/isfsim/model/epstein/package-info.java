/**
 * The Epstein reference mode: the civil violence model of Epstein (2002, PNAS 99 suppl. 3, Model I,
 * rebellion against central authority) on its own torus, so that the civilian rule can be checked
 * against published results. The rule itself is {@link org.isfsim.model.epstein.CivilViolenceRule}; the
 * model, {@link org.isfsim.model.epstein.EpsteinModel}, composes the engine that applies it fast.
 */
package org.isfsim.model.epstein;
