package dateline.actor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Benchmark (not a unit test): loads the bundled actor dictionaries several times in a fresh JVM and reports the
 * load time and the heap the loaded indexes occupy. Run with {@code bench/dictionary-load.sh}.
 */
public final class DictionaryLoadBench {
    private DictionaryLoadBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        long t0 = System.nanoTime();
        ActorResolver first = ActorResolver.bundled();
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        long heapMb = (usedAfterGc(mem) - before) / (1024 * 1024);
        long best = Long.MAX_VALUE;
        for (int i = 1; i < rounds; i++) {
            long t = System.nanoTime();
            ActorResolver.bundled();
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        long tp = System.nanoTime();
        java.util.List<DictionaryEntry> all = new java.util.ArrayList<>();
        for (String name : ActorDictionary.bundledFiles()) {
            all.addAll(DictionaryFormat.read(dateline.knowledge.TableFile.resource("dateline/actor/" + name).named(name)));
        }
        long parseMs = (System.nanoTime() - tp) / 1_000_000;
        long ti = System.nanoTime();
        new ActorDictionary(all, Offices.bundled());
        long indexMs = (System.nanoTime() - ti) / 1_000_000;
        System.out.printf("entries: %d%n", first.dictionary().size());
        System.out.printf("warm split: parse %d ms, index %d ms%n", parseMs, indexMs);
        System.out.printf("cold load (first, fresh JVM): %d ms%n", coldMs);
        if (rounds > 1) {
            System.out.printf("warm load (best of %d): %d ms%n", rounds - 1, best);
        }
        System.out.printf("heap retained by the loaded dictionaries: %d MB (max heap %d MB)%n", heapMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (first.dictionary().size() == 0) {
            throw new IllegalStateException("no entries");
        }
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
