package dateline.tone;

/**
 * Document tone as GDELT defines it: percentages of words that are positive and negative in the lexicon.
 *
 * @param tone            positive minus negative, from -100 to 100
 * @param positive        percentage of words that are positive
 * @param negative        percentage of words that are negative
 * @param polarity        positive plus negative: how emotionally charged the text is
 * @param activityDensity percentage of words that are active verbs
 * @param selfGroupDensity percentage of words that are first-person pronouns
 * @param wordCount       number of words scored
 */
public record Tone(double tone, double positive, double negative, double polarity, double activityDensity,
        double selfGroupDensity, int wordCount) {
}
