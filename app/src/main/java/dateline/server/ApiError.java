package dateline.server;

/**
 * An error the client should see: an HTTP status and a one-line message. Everything else that escapes a handler
 * becomes a 500 with a generic message; stack traces stay in the server log.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
