package dateline.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in headless Chromium for a whole test class ({@code @RegisterExtension}): the browser with a
 * temporary profile and the server it browses. The class is skipped when Chromium is not installed.
 */
final class ExplorerBrowser implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<DatelineServer> serverToStart;
    private final StoreFixture store;
    private Path profile;
    ChromeDriver driver;
    DatelineServer server;
    /** The explorer's address, {@code http://127.0.0.1:PORT/}. */
    String base;

    private ExplorerBrowser(Supplier<DatelineServer> serverToStart, StoreFixture store) {
        this.serverToStart = serverToStart;
        this.store = store;
    }

    /** A browser over a server started (after the browser) by {@code start} and closed after the tests. */
    static ExplorerBrowser over(Supplier<DatelineServer> start) {
        return new ExplorerBrowser(start, null);
    }

    /** A browser over the fixture store's server; register the fixture first, it starts and closes the server. */
    static ExplorerBrowser over(StoreFixture store) {
        return new ExplorerBrowser(null, store);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("dateline-chromium-profile");
        driver = Browser.start(profile);
        server = store != null ? store.server : serverToStart.get();
        base = "http://127.0.0.1:" + server.port() + "/";
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null && store == null) {
            server.close();
        }
        if (profile != null) {
            try {
                StoreFixture.deleteTree(profile);
            } catch (IOException | java.io.UncheckedIOException e) {
                // A profile file Chromium still holds stays behind in the temporary directory: harmless.
            }
        }
    }

    /** Loads a view as a fresh page (a new query string), so no state carries over from another test. */
    void open(String view) {
        driver.get(base + "?fresh=" + System.nanoTime() + "#" + view);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The texts of the elements {@code css} selects, joined. */
    String joined(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .collect(Collectors.joining());
    }
}
