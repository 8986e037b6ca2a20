package dateline.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (set by Maven), falling back to "development". */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"dateline " + (v != null ? v : "development build"),
            "Java " + System.getProperty("java.version")};
    }
}
