package dev.playbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.testing.CliRun;
import dev.playbook.testing.Repo;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a drill, opened offline in a real headless Chromium (Debian's
 * {@code chromium}, which {@code .ci/run} installs): the Gantt chart's bars are drawn, and the page
 * asks the network for nothing — Chromium's net log has no request but the browser's own
 * background ones, and none from the page's file.
 */
class ReportInChromiumTest {

    /** Chromium's own services, contacted by the browser itself whatever page it shows. */
    private static final Pattern BROWSER_BACKGROUND = Pattern.compile("https?://(clients\\d*|update|accounts|www)\\.google(apis)?\\.com/.*");
    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

    @TempDir
    Path state;
    @TempDir
    Path work;

    @BeforeEach
    void useTemporaryState() {
        System.setProperty("playbook.state", state.toString());
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    @Test
    void theReportOfADrillOpensOfflineAndDrawsItsGantt() throws Exception {
        Path browser = chromium();
        CliRun drill = CliRun.of("run", "--simulate", "--seed", "3", Repo.root().resolve("playbooks/regional-failover.yaml").toString());
        assertEquals(0, drill.exitCode(), drill.out() + drill.err());
        Path html = work.resolve("report.html");
        CliRun report = CliRun.of("report", "latest", "--format", "html", "-o", html.toString());
        assertEquals(0, report.exitCode(), report.err());

        Path shot = work.resolve("shot.png");
        Path netLog = work.resolve("net.json");
        run(browser, "--window-size=1100,1400", "--screenshot=" + shot, "--log-net-log=" + netLog, html.toUri().toString());

        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(pixels(image, 0x2e7d32) > 200, "green bars of succeeded steps are drawn");
        assertTrue(pixels(image, 0x1565c0) > 200, "blue bars of phases are drawn");
        assertTrue(pixels(image, 0xc62828) > 100, "the RTO line and failed steps are drawn in red");

        List<String> requested = new ArrayList<>();
        Matcher m = URL.matcher(Files.readString(netLog));
        while (m.find()) {
            String url = m.group(1);
            if (!url.equals(html.toUri().toString()) && !BROWSER_BACKGROUND.matcher(url).matches()) {
                requested.add(url);
            }
        }
        assertEquals(List.of(), requested, "the report fetches nothing");
    }

    /** Pixels within a small distance of an RGB colour (antialiasing blurs the edges of bars). */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (rgb & 0xff));
                if (d < 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private void run(Path browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180s: " + Files.readString(work.resolve("chromium.log")));
        }
        assertEquals(0, process.exitValue(), Files.readString(work.resolve("chromium.log")));
    }

    /** Debian's chromium; in CI its absence is a failure (`.ci/run` installs it), elsewhere the test is skipped with why. */
    private static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String why = "no `chromium` on PATH: install Debian's chromium package (apt-get install chromium) to render the report";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(why + "; .ci/run installs it");
        }
        Assumptions.abort(why);
        return null;
    }
}
