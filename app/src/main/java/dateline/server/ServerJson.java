package dateline.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.view.ViewJson;

/** The server's JSON mapper: ISO dates, compact output, unknown request fields rejected. */
final class ServerJson {
    static final ObjectMapper MAPPER = ViewJson.mapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ServerJson() {
    }
}
