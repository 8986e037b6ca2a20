package dateline.pipeline;

/**
 * Whether one sentence gets a dependency parse, and why: one entry of a {@link ParsePlan}.
 *
 * @param sentence the sentence's index in the article
 * @param reason   the rule that decided
 * @param evidence what in the sentence satisfied the rule (the actor, the pronoun, the token count), or null
 */
public record ParseDecision(int sentence, Reason reason, String evidence) {
    /** The rules of {@link ParseSelection}, in the order it applies them. */
    public enum Reason {
        NO_PARSER(false, "the annotator was built without a dependency parser"),
        NO_TRIGGER(false, "no trigger word of any event pattern or frame verb"),
        TOO_LONG(false, "longer than the parser's limit"),
        ACTOR(true, "a trigger word and a resolved actor that can be the source"),
        PRONOUN(true, "a trigger word and a personal pronoun that can be the source"),
        QUOTATION(true, "a trigger word and a quotation in the paragraph, whose speaker can be the source"),
        NO_SOURCE(false, "a trigger word, but no candidate for the source (no resolved actor, personal pronoun or "
                + "quotation in the paragraph)");

        private final boolean parses;
        private final String description;

        Reason(boolean parses, String description) {
            this.parses = parses;
            this.description = description;
        }

        /** Whether a sentence decided by this rule is parsed. */
        public boolean parses() {
            return parses;
        }

        /** The rule in words. */
        public String description() {
            return description;
        }
    }

    /** Whether the sentence is parsed. */
    public boolean parse() {
        return reason.parses();
    }

    /** One line for people: "parsed: ..." or "not parsed: ...", with the evidence. */
    public String describe() {
        return (parse() ? "parsed: " : "not parsed: ") + reason.description() + (evidence == null ? "" : " (" + evidence + ")");
    }
}
