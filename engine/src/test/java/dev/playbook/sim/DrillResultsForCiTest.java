package dev.playbook.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.CliRun;
import dev.playbook.testing.Golden;
import dev.playbook.testing.Repo;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What CI reads of a drill: the verdict as the last JSON event of {@code run --simulate} and
 * {@code drill}, and the JUnit report of {@code drill --junit}, read back with the JDK's XML parser
 * the way test reporters read it (suites, test cases by criterion name, failures with a message).
 */
class DrillResultsForCiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void keepJournalsInATemporaryDirectory() {
        System.setProperty("playbook.state", dir.resolve("state").toString());
    }

    @AfterEach
    void restoreState() {
        System.clearProperty("playbook.state");
    }

    private static String file(String path) {
        return Repo.root().resolve(path).toString();
    }

    /** The output with what differs between runs (times, the repository's place, run ids) replaced by placeholders. */
    private static String stable(String text) {
        return text.replace(Repo.root().toString(), "<repo>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>");
    }

    private static List<JsonNode> events(String out) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.lines().toList()) {
            events.add(JSON.readTree(line));
        }
        return events;
    }

    @Test
    void aSimulatedRunInJsonEndsWithItsVerdictAfterRunFinished() throws Exception {
        CliRun run = CliRun.of("run", file("playbooks/regional-failover.yaml"), "--simulate", "--seed", "42", "--output", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        List<JsonNode> events = events(run.out());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("run_finished", events.get(events.size() - 2).get("type").asText());
        assertEquals("verdict", last.get("type").asText());
        assertEquals("pass", last.get("verdict").asText());
        JsonNode rto = last.get("criteria").findParents("name").stream().filter(c -> c.get("name").asText().equals("recovered within RTO"))
                .findFirst().orElseThrow();
        assertEquals("≤ 4h", rto.get("limit").asText());
        assertEquals("pass", rto.get("status").asText());
        assertTrue(rto.get("measured").asText().matches("\\d+m\\d+s"), rto.toString());
        Golden.assertMatches("drill/run-simulate-verdict.json", stable(last.toPrettyString()) + "\n");
    }

    @Test
    void aDrillInJsonIsALinePerRunASummaryAndTheVerdictOverAllRuns() throws Exception {
        CliRun run = CliRun.of("drill", file("playbooks/database-failover.yaml"), "--scenario", file("scenarios/database-failure.yaml"),
                "--runs", "3", "--seed", "1000", "--output", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        List<String> types = events(run.out()).stream().map(e -> e.get("type").asText()).toList();
        assertEquals(List.of("drill", "drill", "drill", "drill_summary", "verdict"), types);
        Golden.assertMatches("drill/drill-three-runs.jsonl", stable(run.out()));
    }

    @Test
    void aFailingCriterionIsAFailedTestCaseNamedByTheCriterionWithTheReplayCommand() throws Exception {
        Path broken = dir.resolve("regional-failover.yaml");
        Files.writeString(broken, Repo.read(Repo.root().resolve("playbooks/regional-failover.yaml"))
                .replaceAll("(?s)      - id: approve_dns\\n.*?(?=      # Step 5)", ""));
        Path report = dir.resolve("drill.xml");
        CliRun run = CliRun.of("drill", broken.toString(), "--scenario", file("scenarios/region-outage.yaml"),
                "--world", file("worlds/basecoat-portal.yaml"), "--seed", "7", "--runs", "2", "--junit", report.toString(), "--output", "json");
        assertEquals(1, run.exitCode(), run.err() + run.out());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(report))));
        XPath path = XPathFactory.newInstance().newXPath();
        assertEquals("testsuites", xml.getDocumentElement().getTagName());
        NodeList suites = (NodeList) path.evaluate("/testsuites/testsuite", xml, XPathConstants.NODESET);
        assertEquals(2, suites.getLength());
        JsonNode verdict = events(run.out()).get(events(run.out()).size() - 1);
        int criteria = verdict.get("criteria").size();
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertEquals(String.valueOf(criteria), suite.getAttribute("tests"));
            assertEquals(criteria, ((NodeList) path.evaluate("testcase", suite, XPathConstants.NODESET)).getLength());
        }
        Element portal = (Element) path.evaluate("/testsuites/testsuite[1]/testcase[@name='portal answers']", xml, XPathConstants.NODE);
        Element failure = (Element) portal.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("measured "), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().endsWith("replay: playbook run " + broken + " --simulate --scenario "
                + file("scenarios/region-outage.yaml") + " --seed 7"), failure.getTextContent());
        int failed = 0;
        for (JsonNode line : verdict.get("criteria")) {
            failed += line.get("status").asText().equals("fail") ? 1 : 0;
        }
        assertTrue(failed > 0);
        assertEquals(path.evaluate("count(/testsuites/testsuite[1]/testcase[failure])", xml),
                path.evaluate("/testsuites/testsuite[1]/@failures", xml));
        Golden.assertMatches("drill/broken-regional-failover.junit.xml", stable(Files.readString(report)).replace(dir.toString(), "<dir>"));
    }
}
