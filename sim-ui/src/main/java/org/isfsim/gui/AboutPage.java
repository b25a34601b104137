package org.isfsim.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.isfsim.scenario.Scenario;

/**
 * The Console's About page: the model's description and sources (a resource beside this class) and
 * the text of the scenario being run: its name, description, sources and where it was read from.
 */
public final class AboutPage {
    private AboutPage() {
    }

    /** The page as HTML; with a null scenario the scenario section says none is chosen. */
    public static String html(Scenario scenario) {
        String template;
        try (InputStream in = AboutPage.class.getResourceAsStream("about.html")) {
            if (in == null) {
                throw new IllegalStateException("about.html is missing from the jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template.replace("${scenario}", scenario == null ? "<p>None chosen yet.</p>" : describe(scenario));
    }

    private static String describe(Scenario scenario) {
        StringBuilder html = new StringBuilder();
        html.append("<p><b>").append(escape(scenario.name())).append("</b>");
        if (scenario.parent() != null) {
            html.append(" (extends ").append(escape(scenario.parent())).append(')');
        }
        html.append(" &mdash; ").append(escape(scenario.origin())).append("</p>");
        html.append("<p>").append(escape(scenario.description())).append("</p>");
        if (!scenario.sources().isEmpty()) {
            html.append("<p>Its sources:</p><ul>");
            for (String source : scenario.sources()) {
                html.append("<li>").append(escape(source)).append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
