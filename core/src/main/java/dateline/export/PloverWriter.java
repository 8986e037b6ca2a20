package dateline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link PloverEvent}s as JSON Lines: one compact object per line, nulls kept as {@code null}. */
public final class PloverWriter {
    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Writer out;

    public PloverWriter(Writer out) {
        this.out = out;
    }

    public void write(PloverEvent e) throws IOException {
        out.write(mapper.writeValueAsString(e));
        out.write('\n');
    }
}
