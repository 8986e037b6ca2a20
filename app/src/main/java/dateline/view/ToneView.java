package dateline.view;

import dateline.tone.Tone;

/**
 * Document tone. Field meanings are those of {@link Tone}; a measure not known (the store keeps no densities) is
 * null.
 */
public record ToneView(double tone, double positive, double negative, double polarity, Double activityDensity,
        Double selfGroupDensity, int wordCount) {

    /** The view of {@code t}; null when the article was not scored. */
    public static ToneView of(Tone t) {
        if (t == null) {
            return null;
        }
        return new ToneView(t.tone(), t.positive(), t.negative(), t.polarity(), PlaceView.number(t.activityDensity()),
                PlaceView.number(t.selfGroupDensity()), t.wordCount());
    }
}
