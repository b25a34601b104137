package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One contributing nation's troop pledge: how many troops, arriving battalion by battalion between
 * two dates. {@code source} says where the figures come from (a facts.md row or "assumption").
 *
 * @param nation the contributing nation
 * @param troops troops pledged in all
 * @param firstArrival the date the first battalion arrives
 * @param fullStrength the date the last battalion arrives
 * @param requiresUnMandate whether the nation deploys only under a UN Security Council mandate
 * @param source provenance of these figures
 */
public record Pledge(
        String nation,
        int troops,
        LocalDate firstArrival,
        LocalDate fullStrength,
        boolean requiresUnMandate,
        String source) implements Serializable {

    public Pledge {
        Check.name("force.pledges.nation", nation);
        Check.range("force.pledges.troops (" + nation + ")", troops, 0, 100_000);
        Check.present("force.pledges.firstArrival (" + nation + ")", firstArrival);
        Check.present("force.pledges.fullStrength (" + nation + ")", fullStrength);
        Check.notBefore("force.pledges.fullStrength (" + nation + ")", fullStrength,
                "firstArrival", firstArrival);
        Check.name("force.pledges.source (" + nation + ")", source);
    }
}
