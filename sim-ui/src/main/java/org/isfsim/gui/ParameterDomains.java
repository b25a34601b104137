package org.isfsim.gui;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.isfsim.model.params.Parameters;
import org.isfsim.model.params.Slider;
import sim.util.Interval;

/**
 * The domains of the Model tab's parameters, read from the records: a slider where the component
 * declares one ({@link Slider}, beside its source), the constants of a choice (an enum), else none
 * (a text field, checked by the model as any value is).
 */
final class ParameterDomains {
    private ParameterDomains() {
    }

    /** The domain of a record component: its slider, its choices (an enum's constants) or null (a text field). */
    static Object of(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toArray(String[]::new);
        }
        Slider slider = component.getAnnotation(Slider.class);
        if (slider == null) {
            return null;
        }
        return type == double.class ? new Interval(slider.min(), slider.max())
                : new Interval((long) slider.min(), (long) slider.max());
    }

    /** Every key of a section's component with a slider, and its range (for tests). */
    static Map<String, Interval> sliders() {
        Map<String, Interval> sliders = new LinkedHashMap<>();
        for (RecordComponent section : Parameters.class.getRecordComponents()) {
            for (RecordComponent component : section.getType().getRecordComponents()) {
                if (component.getAnnotation(Slider.class) != null) {
                    sliders.put(section.getName() + "." + component.getName(), (Interval) of(component));
                }
            }
        }
        return sliders;
    }
}
