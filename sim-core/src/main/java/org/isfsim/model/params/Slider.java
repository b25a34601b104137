package org.isfsim.model.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range a slider offers for a parameter where one helps (the GUI's Model tab): inside what the
 * record's check accepts (a test sets both ends of every slider) and wide enough for the questions
 * the scenarios ask. Declared beside the parameter's {@link Source}, so a new parameter gets its
 * slider where it is declared. A whole-number parameter slides in whole numbers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Slider {
    /** The slider's lowest value. */
    double min();

    /** The slider's highest value. */
    double max();
}
