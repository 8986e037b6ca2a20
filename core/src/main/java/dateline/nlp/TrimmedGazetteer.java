package dateline.nlp;

import dateline.knowledge.TableFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A trimmed copy of CoreNLP's fine-grained NER gazetteers, written once per JVM to a temporary file.
 *
 * <p>Measured: the fine-grained step costs ~250 ms per article, almost all of it in the ~1,200 regular-expression
 * lines and the 530,000 caseless city names. Keeping only literal entries of the types Dateline uses (COUNTRY,
 * NATIONALITY, TITLE, STATE_OR_PROVINCE, and the cased city list; IDEOLOGY is left out
 * because it splits "the Islamic Republic" into pieces) keeps those labels at close
 * to the speed of the plain CRF models.
 */
final class TrimmedGazetteer {
    private static final String DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final Set<String> CASELESS_TYPES =
            Set.of("COUNTRY", "NATIONALITY", "TITLE", "STATE_OR_PROVINCE");
    private static final Pattern REGEX_CHARS = Pattern.compile("[\\\\\\[\\](){}*+?|^$]");

    private static volatile String property;

    private TrimmedGazetteer() {
    }

    /** The value for {@code ner.fine.regexner.mapping} pointing at the trimmed files. */
    static synchronized String mappingProperty() {
        if (property == null) {
            try {
                Path dir = Files.createTempDirectory("dateline-gazetteer");
                dir.toFile().deleteOnExit();
                Path caseless = dir.resolve("caseless.tab");
                Path cased = dir.resolve("cased.tab");
                trim(DIR + "regexner_caseless.tab", caseless, CASELESS_TYPES);
                trim(DIR + "regexner_cased.tab", cased, null);
                caseless.toFile().deleteOnExit();
                cased.toFile().deleteOnExit();
                property = "ignorecase=true,validpospattern=^(NN|JJ).*," + caseless + ";" + cased;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the trimmed NER gazetteer", e);
            }
        }
        return property;
    }

    private static void trim(String resource, Path out, Set<String> types) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            TableFile.resource(resource).forEach(line -> {
                String text = line.text();
                int tab = text.indexOf('\t');
                if (tab <= 0) {
                    return;
                }
                int tab2 = text.indexOf('\t', tab + 1);
                String type = tab2 < 0 ? text.substring(tab + 1) : text.substring(tab + 1, tab2);
                if (types != null && !types.contains(type) || REGEX_CHARS.matcher(text.substring(0, tab)).find()) {
                    return;
                }
                try {
                    w.write(text);
                    w.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
