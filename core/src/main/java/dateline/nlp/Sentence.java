package dateline.nlp;

import dateline.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence: its tokens and, when it was parsed, its dependency edges.
 *
 * @param index        position in the article, from 0
 * @param paragraph    the paragraph it belongs to, from 0 (paragraphs are separated by blank lines)
 * @param span         character offsets into the article text
 * @param tokens       the tokens, in order
 * @param dependencies dependency edges; empty when the sentence was not parsed
 * @param parsed       whether a dependency parse was run on it
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens, List<Dependency> dependencies,
        boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The edge whose dependent is {@code token}, or null (root or unparsed). */
    public Dependency headOf(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /** The edges governed by {@code token}. */
    public List<Dependency> childrenOf(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** The index of the token covering {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.span().contains(offset)) {
                return t.index();
            }
        }
        return -1;
    }
}
