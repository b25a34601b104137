package org.isfsim.model.ceasefire;

/**
 * What the ceasefire sees of the world: the hostile events since its last review (the previous day) and
 * the armed groups' declared stance on disarmament.
 */
public interface CeasefireWorld {
    /** Ceasefire violations by armed groups (fire towards the IDF). */
    int violationsByArmedGroups();

    /** IDF soldiers killed. */
    int idfSoldiersKilled();

    /** ISF soldiers killed. */
    int isfSoldiersKilled();

    /** Israeli strikes. */
    int israeliStrikes();

    /** Whether the armed groups refuse to disarm. */
    boolean armedGroupsRefuseDisarmament();
}
