package dateline.cli;

import dateline.article.Article;
import dateline.geo.Geocoder;
import dateline.geo.Place;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code dateline places}: the reporting place and every place mention, geocoded, with why each reading won. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Print each article's places: reporting place (dateline) and places mentioned, with "
                + "coordinates, ISO/FIPS country codes, ADM1 code and the reason for the reading.")
final class PlacesCommand extends ArticleReportCommand {
    @Override
    public Integer call() {
        Geocoder geocoder = Geocoder.bundled();
        return articles.forEachAnnotated((read, annotated) -> {
            List<Place> places = geocoder.geocode(annotated);
            Article a = annotated.article();
            output.print(() -> view(read.input(), a, places), out -> printText(out, read.input(), a, places));
        });
    }

    private static Map<String, Object> view(String input, Article a, List<Place> places) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("id", a.id());
        m.put("places", places.stream().map(p -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("text", a.slice(p.span()));
            v.put("place", p);
            return v;
        }).toList());
        return m;
    }

    private static void printText(PrintWriter out, String input, Article a, List<Place> places) {
        out.println("== " + input);
        for (Place p : places) {
            out.printf("%-9s %-18s %-8s %-7s %9.4f %9.4f  %s/%s/%s %-6s %s %s%n", p.role(), a.slice(p.span()),
                    p.featureType(), p.name().equals(a.slice(p.span())) ? "" : "=" + p.name(), p.lat(),
                    p.lon(), p.countryIso2(), p.countryIso3(), p.countryFips(),
                    p.adm1() == null ? "" : p.adm1(), p.span(), "(" + p.reason() + ")");
        }
        out.println();
    }
}
