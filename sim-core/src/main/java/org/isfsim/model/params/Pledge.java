package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One contributing nation's troop pledge: how many troops, arriving battalion by battalion between
 * two dates. {@code source} says where the figures come from (a section of
 * {@code docs/sources.md} by its anchor, or "assumption").
 *
 * @param nation the contributing nation
 * @param troops troops pledged in all
 * @param firstArrival the date the first battalion arrives
 * @param fullStrength the date the last battalion arrives
 * @param requiresUnMandate whether the nation deploys only under a UN Security Council mandate
 * @param mayDisarm whether the nation lets its troops destroy infrastructure and weapons (the disarmament role)
 * @param casualtyTolerance the share of its troops a nation will lose before it withdraws them all
 * @param source provenance of these figures
 */
public record Pledge(
        String nation,
        int troops,
        LocalDate firstArrival,
        LocalDate fullStrength,
        boolean requiresUnMandate,
        boolean mayDisarm,
        double casualtyTolerance,
        String source) implements Serializable {

    public Pledge {
        Check.name("force.pledges.nation", nation);
        Check.range("force.pledges.troops (" + nation + ")", troops, 0, 100_000);
        Check.present("force.pledges.firstArrival (" + nation + ")", firstArrival);
        Check.present("force.pledges.fullStrength (" + nation + ")", fullStrength);
        Check.notBefore("force.pledges.fullStrength (" + nation + ")", fullStrength,
                "firstArrival", firstArrival);
        Check.range("force.pledges.casualtyTolerance (" + nation + ")", casualtyTolerance, 0.0, 1.0);
        Check.name("force.pledges.source (" + nation + ")", source);
    }
}
