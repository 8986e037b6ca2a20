package dateline.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the {@code Authorization: Bearer ...} header of write requests against the configured token, in constant
 * time ({@link MessageDigest#isEqual}) so that response timing does not leak how much of a guess was right.
 */
final class BearerToken {
    private static final String PREFIX = "Bearer ";
    private final byte[] expected;

    /** @param token the configured token, or null when writes are off */
    BearerToken(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws unless the request carries the right token; 403 when writes are not enabled at all. */
    void require(Context ctx) {
        if (expected == null) {
            throw new ApiError(403, "writes are disabled: start the server with --token or DATELINE_TOKEN");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "missing bearer token (Authorization: Bearer TOKEN)");
        }
        byte[] given = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, "wrong bearer token");
        }
    }
}
