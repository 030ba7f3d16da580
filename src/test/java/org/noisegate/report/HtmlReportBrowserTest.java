package org.noisegate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noisegate.rule.Category;

/**
 * The report in a real browser: headless Chromium (Debian package {@code chromium}) runs its
 * script, and the injection fixture must run nothing. When Chromium is not installed every test is
 * reported as skipped with {@link #SKIPPED} (and the class says so on standard error), never run as
 * zero tests in silence.
 */
class HtmlReportBrowserTest {
    static final String SKIPPED = "skipped: chromium not installed (apt-get install chromium to run the report "
            + "in a real browser)";
    private static final long TIMEOUT_SECONDS = 60;
    private static Path chromium;
    private static String html;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws IOException {
        chromium = findChromium().orElse(null);
        if (chromium == null) {
            System.err.println("HtmlReportBrowserTest " + SKIPPED);
            return;
        }
        html = HtmlReportTest.render(HtmlReportTest.auditSeedsAndInjection());
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, SKIPPED);
    }

    static Optional<Path> findChromium() {
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) {
            return Optional.of(usual);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of(Path.of(d, "chromium"), Path.of(d, "chromium-browser")))
                .filter(Files::isExecutable).findFirst();
    }

    @Test
    void scriptRunsAndTheInjectionDoesNot() throws Exception {
        Path dump = tmp.resolve("dom.html");
        chromium(dump, "--dump-dom", page().toUri().toString());
        Document dom = Jsoup.parse(Files.readString(dump, StandardCharsets.UTF_8));
        assertEquals("1", dom.body().attr("data-ready"), "the report's script ran");
        assertTrue(dom.select("[data-pwned]").isEmpty(), "the injection ran");
        assertTrue(dom.select("img, iframe").isEmpty());
        assertEquals(1, dom.select("script").size());
        assertNotNull(dom.getElementById("pop"), "the details box the script adds");
        for (Category c : Category.audit()) {
            assertFalse(dom.select(".text mark.cat-" + c.key()).isEmpty(), c.key() + " highlights");
        }
        assertTrue(dom.select(".text mark.off").isEmpty(), "no filter is off at first");
        assertTrue(dom.select(".text").text().contains("<script>alert(1)</script> and \"><img src=x onerror=alert(1)>"));
    }

    @Test
    void screenshotShowsTheReportWithItsColours() throws Exception {
        Path shot = tmp.resolve("shot.png");
        chromium(tmp.resolve("out.txt"), "--screenshot=" + shot, "--window-size=1280,1600", page().toUri().toString());
        assertTrue(Files.size(shot) > 0, "no screenshot");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "not a PNG");
        assertEquals(1280, image.getWidth());
        assertEquals(1600, image.getHeight());
        Map<Integer, Integer> pixels = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                pixels.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int background = pixels.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long drawn = pixels.entrySet().stream().filter(e -> e.getKey() != background).mapToLong(Map.Entry::getValue).sum();
        assertTrue(drawn > 50_000, "the page looks blank: " + drawn + " pixels drawn");
        for (Category c : Category.audit()) {
            int colour = cssColour(c.key());
            assertTrue(pixels.getOrDefault(colour, 0) >= 50,
                    String.format("highlight colour of %s #%06x not on screen", c.key(), colour));
        }
    }

    private Path page() throws IOException {
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }

    /** A category's highlight colour as the style sheet defines it ({@code --boilerplate: #cfe0ff;}). */
    private static int cssColour(String category) {
        Matcher m = Pattern.compile("--" + category + ": #([0-9a-f]{6});").matcher(HtmlReport.CSS);
        assertTrue(m.find(), "no colour for " + category + " in report.css");
        return Integer.parseInt(m.group(1), 16);
    }

    /** Runs headless Chromium with a fresh profile and no network, killing it after the timeout. */
    private void chromium(Path stdout, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"),
                "--virtual-time-budget=3000"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(tmp.resolve("chromium.err").toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s (a script in the page may have opened a dialog)");
            }
            assertEquals(0, p.exitValue(), () -> "Chromium failed: " + readQuietly(tmp.resolve("chromium.err")));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
