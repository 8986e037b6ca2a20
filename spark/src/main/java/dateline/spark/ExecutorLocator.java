package dateline.spark;

import dateline.geo.ActorLocator;

/**
 * The JVM's one {@link ActorLocator} (where each event's actors are), loaded on first use. It holds the bundled
 * country table, is immutable and thread-safe, so every task of an executor shares it; like
 * {@link ExecutorPipeline}, a per-JVM holder is the only scope Spark offers for it.
 */
final class ExecutorLocator {
    private ExecutorLocator() {
    }

    /** The JVM's locator (the holder class loads it once, on the first call, safely across threads). */
    static ActorLocator get() {
        return Holder.LOCATOR;
    }

    private static final class Holder {
        private static final ActorLocator LOCATOR = ActorLocator.bundled();
    }
}
