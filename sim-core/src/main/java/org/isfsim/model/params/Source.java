package org.isfsim.model.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a parameter's default value comes from: a row of {@code shared/source/facts.md}, the seed
 * article, a paper, or "assumption". Every leaf parameter carries one (a test checks it), so the
 * README's traceability table and {@code describe} can say why a number is what it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Source {
    /** The citation, e.g. {@code "facts.md §3 Target size"} or {@code "assumption"}. */
    String value();
}
