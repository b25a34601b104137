package org.isfsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The isf-sim version this build was made from, and the git commit when the launcher knows it. */
public final class ToolVersion {
    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String version() {
        return VERSION;
    }

    /** The git commit given by the launcher ({@code -Disfsim.gitCommit=…}), or null when unknown. */
    public static String gitCommit() {
        String commit = System.getProperty("isfsim.gitCommit");
        return commit == null || commit.isBlank() ? null : commit.strip();
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
