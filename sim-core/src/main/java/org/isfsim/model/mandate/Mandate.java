package org.isfsim.model.mandate;

import java.io.Serializable;
import java.time.LocalDate;
import org.isfsim.model.params.MandateParameters;

/**
 * The UN Security Council authorisation of the force (Resolution 2803, facts.md §1): in force from
 * its adoption to its end date. Contributors that require a UN mandate deploy only while it is.
 */
public final class Mandate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MandateParameters parameters;

    public Mandate(MandateParameters parameters) {
        this.parameters = parameters;
    }

    /** Whether the mandate is in force on a date. */
    public boolean isActive(LocalDate date) {
        return parameters.activeOn(date);
    }

    public LocalDate authorisedDate() {
        return parameters.authorisedDate();
    }

    public LocalDate endDate() {
        return parameters.endDate();
    }
}
