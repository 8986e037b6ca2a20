package dateline.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How the views are written as JSON, for the CLI and the server alike: dates as ISO strings, not timestamps. */
public final class ViewJson {
    private ViewJson() {
    }

    /** A new mapper writing dates as ISO strings; each caller adds its own layout and strictness. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
