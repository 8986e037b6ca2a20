package dateline.server;

import dateline.article.ArticleFiles;
import dateline.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dateline HTTP server: the REST API under {@code /api}, the OpenAPI description at {@code /openapi.json} and
 * the explorer's static pages from the classpath folder {@code /web}. Handlers parse, call the pipeline or the
 * store, and render JSON; every error is JSON with a message, and stack traces stay in the log.
 */
public final class DatelineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatelineServer.class);
    private static final String ERROR_WRITTEN = "dateline.errorWritten";

    /** Same-origin only: the explorer ships every script and style it uses, so nothing else may load. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final ServerConnector[] connector = new ServerConnector[1];
    private StoreAccess onClose;

    private DatelineServer(ServerConfig config, ArticleCoder coder, ApiRoutes storeRoutes) {
        this.app = Javalin.create(cfg -> configure(cfg, config));
        BearerToken token = new BearerToken(config.token());
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", CSP);
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
            }
            long declared = ctx.req().getContentLengthLong();
            if (declared > config.maxBodyBytes()) {
                // Refuse before any handler runs, so no route can buffer an oversized body.
                throw new ApiError(413, "request body is too large (" + declared + " bytes; the limit is "
                        + config.maxBodyBytes() + " bytes)");
            }
        });
        app.get("/api/health", ctx -> {
            QueryParams.check(ctx, java.util.Set.of());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", "ok");
            m.put("store", storeRoutes != null);
            m.put("writes", config.writesEnabled() && storeRoutes != null && storeRoutes.writable());
            ctx.json(m);
        });
        app.post("/api/code", new CodeRoute(ArticleFiles.bundled(), coder, config.maxBodyBytes()));
        if (storeRoutes != null) {
            storeRoutes.register(app, token, config);
        } else {
            ApiRoutes.NO_STORE.register(app, token, config);
        }
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; see the server log");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 404, "not found: " + CodeRoute.abbreviate(ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 405, "method " + ctx.method() + " not allowed on " + CodeRoute.abbreviate(ctx.path()));
            }
        });
    }

    private void configure(JavalinConfig cfg, ServerConfig config) {
        cfg.showJavalinBanner = false;
        cfg.jsonMapper(new JavalinJackson(ServerJson.MAPPER, false));
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/web";
            sf.location = Location.CLASSPATH;
        });
        if (!config.corsOrigins().isEmpty()) {
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                for (String origin : config.corsOrigins()) {
                    rule.allowHost(origin);
                }
            }));
        }
        cfg.jetty.addConnector((server, http) -> {
            http.setRequestHeaderSize(config.maxHeaderBytes());
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
            c.setHost(config.host());
            c.setPort(config.port());
            c.setIdleTimeout(config.idleTimeout().toMillis());
            connector[0] = c;
            return c;
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
    }

    /** Starts a server without a store: only {@code POST /api/code} and the Read view work. */
    public static DatelineServer start(ServerConfig config, ArticleCoder coder) {
        return start(config, coder, (ApiRoutes) null);
    }

    /**
     * Starts a server over a store: read-only unless {@code store} was opened for writing, in which case
     * {@code POST /api/articles} ingests for holders of the configured token.
     */
    public static DatelineServer start(ServerConfig config, ArticleCoder coder, Store store) {
        StoreAccess access = store.readOnly() ? StoreAccess.readOnly(store) : StoreAccess.readWrite(store);
        DatelineServer s = start(config, coder, new StoreRoutes(access, ArticleFiles.bundled(), coder));
        s.onClose = access;
        return s;
    }

    /** Starts a server; {@code storeRoutes} null means no store. */
    static DatelineServer start(ServerConfig config, ArticleCoder coder, ApiRoutes storeRoutes) {
        DatelineServer s = new DatelineServer(config, coder, storeRoutes);
        s.app.start();
        return s;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector[0].getLocalPort();
    }

    @Override
    public void close() {
        app.stop();
        if (onClose != null) {
            onClose.close();
        }
    }

    static void error(Context ctx, int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message == null || message.isBlank() ? "error " + status : message);
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status).json(m);
    }

    /** Errors Jetty raises before a request reaches Javalin (bad URI, oversized headers): JSON, no stack trace. */
    private static final class JsonErrorHandler extends ErrorHandler {
        JsonErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, int code, String message) throws IOException {
            baseRequest.setHandled(true);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(json(code, message));
        }

        /** Malformed requests rejected by the HTTP parser (ambiguous URI, headers too large). */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            return ByteBuffer.wrap(json(status, reason));
        }

        private static byte[] json(int code, String message) {
            String text = message == null || message.isBlank() ? "error " + code : message;
            text = text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", " ");
            return ("{\"status\":" + code + ",\"error\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
