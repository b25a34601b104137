package org.isfsim.model.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a parameter's default value comes from: a section of the repository's own fact list,
 * {@code docs/sources.md}, named by its anchor ({@code docs/sources.md#isf-pledges}; the CNN report the
 * project starts from is {@code docs/sources.md#seed-article}, the project's design choices
 * are its {@code design-} anchors), a paper, "derived" (arithmetic on cited figures) or "assumption".
 * Every leaf parameter carries one (a test checks it), and a test checks that every file and anchor a
 * source names exists, so the README's traceability table and {@code describe --sources} can say why a
 * number is what it is and a reader of the repository can follow the citation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Source {
    /**
     * The citation, e.g. {@code "docs/sources.md#isf-pledges Target size: 20,000 troops"} or
     * {@code "assumption"}.
     */
    String value();
}
