package dateline.server;

import io.javalin.Javalin;

/** A group of routes registered on the server: the store's read and write endpoints. */
@FunctionalInterface
interface ApiRoutes {
    /** Registers the routes; {@code token} guards writes. */
    void register(Javalin app, BearerToken token, ServerConfig config);

    /** Whether these routes can write (a store opened for writing). */
    default boolean writable() {
        return false;
    }

    /** Without a store, the store's endpoints answer 503 with a message rather than 404. */
    ApiRoutes NO_STORE = (app, token, config) -> {
        for (String path : new String[] {"/api/events", "/api/events/{id}", "/api/articles/{id}",
                "/api/actors/{code}", "/api/series", "/api/search", "/api/dyads", "/api/places"}) {
            app.get(path, ctx -> {
                throw new ApiError(503, "no store: start the server with --store DIR");
            });
        }
        app.post("/api/articles", ctx -> {
            token.require(ctx);
            throw new ApiError(503, "no store: start the server with --store DIR");
        });
    };
}
