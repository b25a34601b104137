package org.isfsim.experiment;

import java.io.Serializable;

/**
 * One factor's value at a design point, e.g. {@code force.battalionSize = 600}; written as a column
 * of its own in every row of that run.
 *
 * @param key the parameter key, which is also the CSV column name
 * @param value the value as written in the CSV
 */
public record FactorValue(String key, String value) implements Serializable {
}
