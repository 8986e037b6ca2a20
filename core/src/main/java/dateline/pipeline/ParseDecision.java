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
        NO_PARSER, NO_TRIGGER, TOO_LONG, ACTOR, PRONOUN, QUOTATION, NO_SOURCE;

        /** Whether a sentence decided by this rule is parsed. */
        public boolean parses() {
            return switch (this) {
                case ACTOR, PRONOUN, QUOTATION -> true;
                case NO_PARSER, NO_TRIGGER, TOO_LONG, NO_SOURCE -> false;
            };
        }

        /** The rule in words. */
        public String description() {
            return switch (this) {
                case NO_PARSER -> "the annotator was built without a dependency parser";
                case NO_TRIGGER -> "no trigger word of any event pattern or frame verb";
                case TOO_LONG -> "longer than the parser's limit";
                case ACTOR -> "a trigger word and a resolved actor that can be the source";
                case PRONOUN -> "a trigger word and a personal pronoun that can be the source";
                case QUOTATION -> "a trigger word and a quotation in the paragraph, whose speaker can be the source";
                case NO_SOURCE -> "a trigger word, but no candidate for the source (no resolved actor, personal "
                        + "pronoun or quotation in the paragraph)";
            };
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
