package org.isfsim.cli;

import org.isfsim.ToolVersion;
import picocli.CommandLine;

/** Answers {@code --version} with the build's version, commit and Java runtime. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String commit = ToolVersion.gitCommit();
        return new String[] {"isf-sim " + ToolVersion.version() + (commit == null ? "" : " (" + commit + ")"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
