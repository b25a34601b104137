package org.isfsim.model.params;

import java.io.Serializable;

/**
 * How civilians' perceived legitimacy L of the order the ISF and police uphold is built from what
 * they see around them (docs/sources.md#design-civilians): delivered aid and local police raise it, police more than
 * foreign troops; casualties nearby and armed-group control lower it; a UN mandate that reports to
 * the Security Council raises it. L = base + the terms, clamped to [0, 1].
 *
 * @param base L with none of the terms (Epstein 2002 Run 1 uses 0.82 with no terms)
 * @param policeWeight added at full local police presence
 * @param isfWeight added at full ISF presence
 * @param presenceSaturation security personnel within reach for full presence
 * @param aidWeight added where the governorate's hardship is at its floor (ample aid), nothing at its ceiling
 * @param casualtyWeight subtracted per remembered civilian death within reach
 * @param casualtyMemoryDays half-life of the memory of a death
 * @param armedControlWeight subtracted at full armed-group control
 * @param oversightWeight added while the mandate is in force with reports to the Security Council
 */
public record LegitimacyParameters(
        @Slider(min = 0, max = 1) @Source("Epstein 2002, Run 1: legitimacy 0.82") double base,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#design-police: local police raise legitimacy more than foreign troops do") double policeWeight,
        @Slider(min = 0, max = 1) @Source("assumption") double isfWeight,
        @Source("assumption") int presenceSaturation,
        @Slider(min = 0, max = 1) @Source("assumption") double aidWeight,
        @Slider(min = 0, max = 0.1) @Source("assumption") double casualtyWeight,
        @Source("assumption") double casualtyMemoryDays,
        @Slider(min = 0, max = 1) @Source("assumption") double armedControlWeight,
        @Slider(min = 0, max = 1) @Source("assumption; docs/sources.md#seed-article: some countries want the Security Council's involvement as high as possible") double oversightWeight) implements Serializable {

    public LegitimacyParameters {
        Check.range("legitimacy.base", base, 0.0, 1.0);
        Check.range("legitimacy.policeWeight", policeWeight, 0.0, 1.0);
        Check.range("legitimacy.isfWeight", isfWeight, 0.0, 1.0);
        Check.range("legitimacy.presenceSaturation", presenceSaturation, 1, 1_000_000);
        Check.range("legitimacy.aidWeight", aidWeight, 0.0, 1.0);
        Check.range("legitimacy.casualtyWeight", casualtyWeight, 0.0, 1.0);
        Check.range("legitimacy.casualtyMemoryDays", casualtyMemoryDays, 0.1, 3_650.0);
        Check.range("legitimacy.armedControlWeight", armedControlWeight, 0.0, 1.0);
        Check.range("legitimacy.oversightWeight", oversightWeight, 0.0, 1.0);
    }

    public static LegitimacyParameters defaults() {
        return new LegitimacyParameters(0.82, 0.12, 0.04, 500, 0.08, 0.01, 30.0, 0.15, 0.03);
    }
}
