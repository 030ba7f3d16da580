package org.noisegate.cli;

import org.noisegate.report.RunInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"noisegate " + RunInfo.version()};
    }
}
