package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A contributing nation's decision on a known date, given as an input rather than drawn (a hindcast's record of
 * what a government announced): it suspends its deployment, resumes it, or commits its troops.
 *
 * @param nation the nation (as its pledge names it)
 * @param date the day the decision takes effect
 * @param action what it decides
 * @param source where the decision is reported
 */
public record NationDecision(String nation, LocalDate date, Action action, String source) implements Serializable {

    /** What a nation decides. */
    public enum Action {
        /** Puts its deployment on hold, whatever the conditions. */
        SUSPEND,
        /** Takes a suspended deployment up again: it waits for its conditions and decides anew. */
        RESUME,
        /**
         * Decides to send its troops (no daily chance is drawn); they still need the lead time, and enter
         * only while the mandate, Israel's approval, the violence level and the absence of a shock allow.
         */
        COMMIT
    }

    public NationDecision {
        Check.name("deployment.decisions.nation", nation);
        Check.present("deployment.decisions.date (" + nation + ")", date);
        Check.present("deployment.decisions.action (" + nation + ")", action);
        Check.name("deployment.decisions.source (" + nation + ")", source);
    }
}
