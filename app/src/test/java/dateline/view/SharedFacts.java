package dateline.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test help for comparing a stored article's view with a freshly coded one: both as JSON, less what only one of
 * them has (what the store adds, the time coding took, the tone densities the store does not keep).
 */
public final class SharedFacts {
    private static final ObjectMapper MAPPER = ViewJson.mapper();

    private SharedFacts() {
    }

    /** A view as the JSON the server and the CLI write. */
    public static JsonNode json(Object view) {
        return MAPPER.valueToTree(view);
    }

    /** A copy of a coded-article JSON with only the facts both a stored and a freshly coded article have. */
    public static ObjectNode shared(JsonNode view) {
        ObjectNode v = view.deepCopy();
        v.remove("millis");
        ((ObjectNode) v.get("article")).remove(java.util.List.of("sourceName", "version", "isCurrent", "duplicateOf"));
        v.get("events").forEach(e -> ((ObjectNode) e).remove("eventId"));
        if (v.get("tone").isObject()) {
            ((ObjectNode) v.get("tone")).remove(java.util.List.of("activityDensity", "selfGroupDensity"));
        }
        return v;
    }
}
