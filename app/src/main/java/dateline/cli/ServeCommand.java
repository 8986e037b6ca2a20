package dateline.cli;

import dateline.pipeline.Pipeline;
import dateline.server.DatelineServer;
import dateline.server.PipelinePool;
import dateline.server.ServerConfig;
import dateline.store.Store;
import dateline.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline serve}: the REST API and the web explorer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API and the web explorer (binds to 127.0.0.1 unless --host says otherwise).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "Store directory to explore (optional).")
    Path store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks one).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token that enables POST /api/articles (default: env DATELINE_TOKEN; none: writes off).")
    String token;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow cross-site API calls from this origin (repeatable; default: CORS off).")
    List<String> corsOrigins = List.of();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
            description = "Largest request body accepted (default ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--pipelines", defaultValue = "1",
            description = "Articles coded at once by POST /api/code; each pipeline needs ~2-3 GB (default ${DEFAULT-VALUE}).")
    int pipelines;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv("DATELINE_TOKEN");
        ServerConfig config;
        try {
            config = ServerConfig.defaults(port).withHost(host).withToken(t).withCorsOrigins(corsOrigins)
                    .withMaxBodyBytes(maxBody).withPipelines(pipelines);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dateline: " + e.getMessage());
            return 2;
        }
        Store opened = null;
        if (store != null) {
            try {
                // Writes need the store open for writing; without a token nothing is written, so open it read-only
                // (then `dateline ingest` cannot run at the same time: DuckDB locks the file either way).
                opened = config.writesEnabled() ? Store.open(store) : Store.openReadOnly(store);
            } catch (StoreException e) {
                spec.commandLine().getErr().println("dateline: " + e.getMessage());
                return 1;
            }
        }
        // One thread-safe pipeline, loaded once, shared by the pool's slots: the pool bounds how many articles are
        // coded at once; loading a pipeline per slot would load the parser and the dictionaries again each time.
        Pipeline[] shared = new Pipeline[1];
        PipelinePool pool = new PipelinePool(() -> {
            synchronized (shared) {
                if (shared[0] == null) {
                    shared[0] = Pipeline.bundled();
                }
                return shared[0]::code;
            }
        }, config.pipelines(), config.codeWait());
        pool.warmUpInBackground();
        DatelineServer server = opened == null ? DatelineServer.start(config, pool)
                : DatelineServer.start(config, pool, opened);
        spec.commandLine().getErr().printf("dateline: serving on http://%s:%d/ (store %s, writes %s)%n",
                host.contains(":") ? "[" + host + "]" : host, server.port(), store == null ? "none" : store,
                config.writesEnabled() && opened != null ? "enabled with a bearer token" : "off");
        spec.commandLine().getErr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dateline-shutdown"));
        stopped.await();
        return 0;
    }
}
