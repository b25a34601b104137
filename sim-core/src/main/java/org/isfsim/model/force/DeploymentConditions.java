package org.isfsim.model.force;

import java.time.LocalDate;

/**
 * What a contributing nation looks at before its troops enter Gaza (docs/sources.md#design-force-politics): the
 * force generation's port to the mandate, Israel and the armed groups. Implemented in the composition root.
 */
public interface DeploymentConditions {

    /** Whether the UN mandate is in force on a date. */
    boolean mandateInForce(LocalDate date);

    /** Whether Israel accepts the nation's troops (it vetoes some contributors). */
    boolean israelApproves(String nation);

    /** Whether the armed groups' leadership declares that it refuses to disarm. */
    boolean armedGroupsRefuseDisarmament();

    /** Whether the nation has withdrawn from the force. */
    boolean nationWithdrawn(String nation);
}
