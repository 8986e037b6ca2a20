package dateline.server;

import java.time.Duration;
import java.util.List;

/**
 * How the server listens and what it lets in.
 *
 * @param host           address to bind; loopback unless the operator says otherwise
 * @param port           port to bind; 0 picks a free one (tests)
 * @param token          bearer token that unlocks writes ({@code POST /api/articles}), or null: writes are off
 * @param corsOrigins    origins allowed to call the API from another site; empty: CORS off
 * @param maxBodyBytes   largest request body accepted; larger bodies get 413
 * @param maxHeaderBytes largest request header block accepted; larger get 431
 * @param idleTimeout    how long a connection may sit idle (slow clients) before it is closed
 * @param codeWait       how long a {@code POST /api/code} waits for a free pipeline before answering 503
 * @param pipelines      how many pipelines code articles at once (each holds the CoreNLP models: ~2-3 GB)
 */
public record ServerConfig(String host, int port, String token, List<String> corsOrigins, long maxBodyBytes,
        int maxHeaderBytes, Duration idleTimeout, Duration codeWait, int pipelines) {

    public static final String LOOPBACK = "127.0.0.1";

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0-65535");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 8) {
            throw new IllegalArgumentException("token is too short: use at least 8 characters");
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("max body size must be at least 1024 bytes");
        }
        if (pipelines < 1) {
            throw new IllegalArgumentException("at least one pipeline is needed");
        }
    }

    /** Loopback on {@code port}, no token, no CORS, 2 MB bodies, 8 KB headers, one pipeline. */
    public static ServerConfig defaults(int port) {
        return new ServerConfig(LOOPBACK, port, null, List.of(), 2L * 1024 * 1024, 8 * 1024,
                Duration.ofSeconds(30), Duration.ofSeconds(60), 1);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, corsOrigins, maxBodyBytes, maxHeaderBytes, idleTimeout, codeWait,
                pipelines);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, corsOrigins, maxBodyBytes, maxHeaderBytes, idleTimeout, codeWait,
                pipelines);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, token, origins, maxBodyBytes, maxHeaderBytes, idleTimeout, codeWait,
                pipelines);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, token, corsOrigins, bytes, maxHeaderBytes, idleTimeout, codeWait,
                pipelines);
    }

    public ServerConfig withPipelines(int n) {
        return new ServerConfig(host, port, token, corsOrigins, maxBodyBytes, maxHeaderBytes, idleTimeout, codeWait,
                n);
    }

    public ServerConfig withCodeWait(Duration wait) {
        return new ServerConfig(host, port, token, corsOrigins, maxBodyBytes, maxHeaderBytes, idleTimeout, wait,
                pipelines);
    }

    /** Whether writes are possible at all. */
    public boolean writesEnabled() {
        return token != null;
    }

    @Override
    public String toString() {
        // Never print the token.
        return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "set")
                + ", cors=" + corsOrigins + ", maxBodyBytes=" + maxBodyBytes + ", pipelines=" + pipelines + "]";
    }
}
