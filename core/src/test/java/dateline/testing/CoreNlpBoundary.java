package dateline.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The CoreNLP boundary as a rule over compiled classes: nothing outside {@code dateline.nlp} depends on
 * {@code edu.stanford.*} (imports, fully qualified names, annotations alike). Each module's test runs it over the
 * Dateline classes on its own test class path (its main and test classes, and those of the modules it uses).
 */
public final class CoreNlpBoundary {
    /** The rule; ArchUnit also fails it when it finds no class to check. */
    public static final ArchRule CORENLP_ONLY_IN_NLP = noClasses().that().resideOutsideOfPackage("dateline.nlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
            .because("CoreNLP's untyped annotations stay behind dateline.nlp (docs/architecture.md)");

    private CoreNlpBoundary() {
    }

    /** Checks the rule over every {@code dateline} class on the class path, which must include {@code mustInclude}. */
    public static void check(Class<?>... mustInclude) {
        JavaClasses classes = new ClassFileImporter().importPackages("dateline");
        for (Class<?> c : mustInclude) {
            assertThat(classes.stream().map(JavaClass::getName)).as("classes checked").contains(c.getName());
        }
        CORENLP_ONLY_IN_NLP.check(classes);
    }
}
