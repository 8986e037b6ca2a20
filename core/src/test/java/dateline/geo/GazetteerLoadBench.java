package dateline.geo;

/**
 * Benchmark for {@code bench/gazetteer-load.sh}: loads the bundled gazetteer and prints load time and heap after
 * a GC as one JSON line. Run it with {@code -Xmx400m}: the heap ceiling is part of the target.
 */
public final class GazetteerLoadBench {
    private GazetteerLoadBench() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.bundled();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("{\"loadMs\": %d, \"heapUsedMb\": %d, \"maxHeapMb\": %d, \"names\": %d, \"basra\": %d}%n",
                ms, used, rt.maxMemory() / (1024 * 1024), g.size(), g.lookup("Basra").size());
    }
}
