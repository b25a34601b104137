package org.isfsim.model.params;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.isfsim.InvalidInputException;

/**
 * The ceasefire as a state (holding, strained, escalation, collapse) driven by a tension stock: hostile
 * events add to it, calm lets it decay, an action-reaction process in the spirit of Richardson's arms-race
 * equations (Richardson 1960, "Arms and Insecurity": dx/dt = k·y − a·x + g, the "fatigue" a the decay here)
 * and of event scales such as Goldstein's (1992), which weigh each hostile event by its severity. Each
 * state sets Israel's strike tempo, its fire at the line, crossing closures and the danger to contingents;
 * a list "by state" has one entry per state, holding first.
 *
 * @param tensionPerViolation tension added by one armed-group violation of the ceasefire
 * @param tensionPerIdfKilled tension added by one IDF soldier killed
 * @param tensionPerIsfKilled tension added by one ISF soldier killed
 * @param tensionPerStrike tension added by one Israeli strike
 * @param tensionPerMissedDeadline tension added when a disarmament deadline passes while the groups refuse
 * @param disarmamentDeadlines dated disarmament deadlines
 * @param deadlineGrievancePerDay tension added every day once a deadline has been missed, while the groups
 *     still refuse (Richardson's grievance term g)
 * @param tensionDecayPerDay share of the tension that a day lets go (Richardson's fatigue term)
 * @param stateThresholds tension at which the ceasefire becomes strained, escalating, collapsed (rising)
 * @param stepDownShare a state steps down only when tension falls below this share of its threshold
 * @param minDwellDays days a state lasts at least before it may step down
 * @param strikeChanceFactor by state: multiplies Israel's chance to strike after a violation (capped at 1)
 * @param strikeLethalityFactor by state: multiplies the civilians a strike kills
 * @param strikesPerDay by state: strikes Israel makes on its own initiative a day (escalation, war)
 * @param lineFireFactor by state: multiplies the incidents of fire at the line
 * @param dangerToForces by state: the danger factor for ISF contingents (read by the armed groups' attacks)
 * @param closureChancePerDay chance a day, in escalation or collapse, that Israel closes the crossings
 */
public record CeasefireParameters(
        @Slider(min = 0, max = 20) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): a violation is the unit of hostility; range 0.5-2") double tensionPerViolation,
        @Slider(min = 0, max = 100) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): docs/sources.md#violations-and-aid Deadliest escalation: one IDF soldier killed set off strikes that killed 104 in two days, so one death outweighs many violations; range 15-50") double tensionPerIdfKilled,
        @Slider(min = 0, max = 100) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): an ISF death is a grave event but not Israel's own; range 5-30") double tensionPerIsfKilled,
        @Slider(min = 0, max = 5) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): each strike invites an answer; range 0-0.5") double tensionPerStrike,
        @Slider(min = 0, max = 100) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): a passed ultimatum (docs/sources.md#later-hamas) raises pressure without a shot; range 5-30") double tensionPerMissedDeadline,
        @Source("derived: docs/sources.md#ceasefire-dynamics Disarmament deadline (60 days from the end of Dec 2025 -> about 2026-02-28); docs/sources.md#later-hamas a disarmament ultimatum expires on 2026-04-14 with no handover [U]") List<LocalDate> disarmamentDeadlines,
        @Slider(min = 0, max = 20) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics) (the grievance term g): a missed deadline leaves a standing pressure while the groups refuse (docs/sources.md#later-force 16 Feb 2026: the IDF 'poised to act'; docs/sources.md#later-israel-zone the zone grows from March 2026); range 2-8, above the strained threshold times the decay keeps the ceasefire strained; 3 tuned by hand to the ministry's counts of 25 May and 15 Jun 2026, docs/sources.md#later-deaths") double deadlineGrievancePerDay,
        @Slider(min = 0.01, max = 1) @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics) (fatigue): docs/sources.md#violations-and-aid the 28-29 Oct escalation ended the next morning, so an escalation fades in days; range 0.3-0.6") double tensionDecayPerDay,
        @Source("assumption; action-reaction after Richardson 1960 (docs/sources.md#ceasefire-dynamics): strained from a few violations in a row, escalation after one IDF death, collapse after about two IDF deaths close together or a death on top of an escalation; ranges 5-15, 20-35, 40-90") List<Double> stateThresholds,
        @Slider(min = 0, max = 1) @Source("assumption: hysteresis, so the state does not flicker at a threshold; range 0.5-0.9") double stepDownShare,
        @Slider(min = 0, max = 60) @Source("assumption: a state lasts at least this long; range 1-7") int minDwellDays,
        @Source("assumption: Israel answers more often the worse the ceasefire; range 1-1.5 each") List<Double> strikeChanceFactor,
        @Source("assumption; docs/sources.md#violations-and-aid 28-29 Oct 2025: 104 killed in two days of strikes, heavier strikes than the ~3 a strike of quiet days; range 1-4 each") List<Double> strikeLethalityFactor,
        @Source("assumption; docs/sources.md#violations-and-aid 28-29 Oct 2025 (104 killed in two days) for escalation, about 5-10 strikes a day; war: derived from docs/sources.md#ceasefire-dynamics War tempo, ~90 killed a day ≈ 20-40 strikes a day") List<Double> strikesPerDay,
        @Source("assumption: more fire at the line the worse the ceasefire; range 1-3 each") List<Double> lineFireFactor,
        @Source("assumption: the danger to ISF contingents rises with the state; range 1-10 each") List<Double> dangerToForces,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#violations-and-aid Aid interruptions: Israel halted aid at least once; docs/sources.md#later-context Israel shut every crossing when the Iran war began; range 0.1-0.5; 0.1, the low end, as AP's mean of 459 trucks a day over 12 Oct-7 Dec 2025 (docs/sources.md#violations-and-aid) leaves room for few closed days") double closureChancePerDay) implements Serializable {

    /** States: holding, strained, escalation, collapse. */
    public static final int STATES = 4;

    public CeasefireParameters {
        Check.range("ceasefire.tensionPerViolation", tensionPerViolation, 0.0, 1_000.0);
        Check.range("ceasefire.tensionPerIdfKilled", tensionPerIdfKilled, 0.0, 1_000.0);
        Check.range("ceasefire.tensionPerIsfKilled", tensionPerIsfKilled, 0.0, 1_000.0);
        Check.range("ceasefire.tensionPerStrike", tensionPerStrike, 0.0, 1_000.0);
        Check.range("ceasefire.tensionPerMissedDeadline", tensionPerMissedDeadline, 0.0, 1_000.0);
        disarmamentDeadlines = Check.entries("ceasefire.disarmamentDeadlines", disarmamentDeadlines);
        Check.range("ceasefire.deadlineGrievancePerDay", deadlineGrievancePerDay, 0.0, 1_000.0);
        Check.range("ceasefire.tensionDecayPerDay", tensionDecayPerDay, 0.001, 1.0);
        stateThresholds = Check.entries("ceasefire.stateThresholds", stateThresholds);
        if (stateThresholds.size() != STATES - 1) {
            throw new InvalidInputException("ceasefire.stateThresholds: " + stateThresholds + " has "
                    + stateThresholds.size() + " entries; allowed: 3 rising tensions (strained, escalation, collapse)",
                    "ceasefire.stateThresholds", null);
        }
        for (int i = 0; i < stateThresholds.size(); i++) {
            Check.range("ceasefire.stateThresholds." + i, stateThresholds.get(i),
                    i == 0 ? 0.0 : stateThresholds.get(i - 1), 100_000.0);
        }
        Check.range("ceasefire.stepDownShare", stepDownShare, 0.0, 1.0);
        Check.range("ceasefire.minDwellDays", minDwellDays, 0, 365);
        strikeChanceFactor = byState("ceasefire.strikeChanceFactor", strikeChanceFactor, 100.0);
        strikeLethalityFactor = byState("ceasefire.strikeLethalityFactor", strikeLethalityFactor, 100.0);
        strikesPerDay = byState("ceasefire.strikesPerDay", strikesPerDay, 10_000.0);
        lineFireFactor = byState("ceasefire.lineFireFactor", lineFireFactor, 100.0);
        dangerToForces = byState("ceasefire.dangerToForces", dangerToForces, 1_000.0);
        Check.range("ceasefire.closureChancePerDay", closureChancePerDay, 0.0, 1.0);
    }

    private static List<Double> byState(String key, List<Double> values, double max) {
        List<Double> checked = Check.entries(key, values);
        if (checked.size() != STATES) {
            throw new InvalidInputException(key + ": " + checked + " has " + checked.size()
                    + " entries; allowed: 4, one per state (holding, strained, escalation, collapse)", key, null);
        }
        for (int i = 0; i < STATES; i++) {
            Check.range(key + "." + i, checked.get(i), 0.0, max);
        }
        return checked;
    }

    public static CeasefireParameters defaults() {
        return new CeasefireParameters(1.0, 30.0, 10.0, 0.2, 15.0,
                List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 14)), 3.0, 0.5,
                List.of(8.0, 25.0, 55.0), 0.6, 1, List.of(1.0, 1.0, 1.25, 1.25), List.of(1.0, 1.0, 1.5, 1.0),
                List.of(0.0, 0.0, 6.0, 30.0), List.of(1.0, 1.2, 2.0, 2.0), List.of(1.0, 1.5, 3.0, 10.0), 0.1);
    }
}
