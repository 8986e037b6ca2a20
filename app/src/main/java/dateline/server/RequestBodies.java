package dateline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a hard size limit, so an oversized or endless upload is refused, not buffered. */
final class RequestBodies {
    private RequestBodies() {
    }

    /** The body's bytes; 413 when the declared or actual length exceeds {@code max}. */
    static byte[] read(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared + " bytes", max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge("more than " + max + " bytes", max);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    private static ApiError tooLarge(String size, long max) {
        return new ApiError(413, "request body is too large (" + size + "; the limit is " + max + " bytes)");
    }
}
