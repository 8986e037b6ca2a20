package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The geocoder places events after coding ({@code dateline.geo} uses {@code dateline.event}); the event package
 * never uses {@code dateline.geo}, so the two packages form no cycle. Placements live beside the events, in
 * {@code CodedArticle.placements}.
 */
class EventKnowsNoGeographyTest {
    @Test
    void noSourceOfTheEventPackageNamesTheGeoPackage() throws IOException {
        Path dir = Path.of("src/main/java/dateline/event");
        assertThat(dir).as("the event package's sources (tests run in the core module)").isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("dateline.geo");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).toList();
        }
        assertThat(offenders).as("sources of dateline.event that use dateline.geo").isEmpty();
    }
}
