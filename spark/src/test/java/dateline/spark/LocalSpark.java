package dateline.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session of the module's tests: {@code local[2]}, on loopback, no UI, UTC. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start(String name) {
        return SparkSession.builder().master("local[2]").appName(name)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    static void stop(SparkSession spark) {
        if (spark != null) {
            spark.stop();
        }
    }
}
