package dateline.geo;

/**
 * Where one coded event happened, as the geocoder decided it, and why. Placements live beside the events (in the
 * coded article, parallel to its events), so that an event knows nothing of geography.
 *
 * @param place  the place, or null when none is the event's own
 * @param reason why that place, or why none
 */
public record Placement(Place place, String reason) {

    /** No place, for {@code reason}. */
    public static Placement none(String reason) {
        return new Placement(null, reason);
    }
}
