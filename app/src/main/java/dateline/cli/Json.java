package dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dateline.view.ViewJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The JSON mapper every command uses: ISO dates, pretty printing, no nulls dropped silently. */
final class Json {
    static final ObjectMapper MAPPER = ViewJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** Prints {@code value} as pretty JSON on one or more lines. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            // Our views are maps, lists and records of plain values: failing to write one is a bug.
            throw new UncheckedIOException(e);
        }
    }
}
