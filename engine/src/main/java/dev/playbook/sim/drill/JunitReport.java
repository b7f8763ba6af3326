package dev.playbook.sim.drill;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.playbook.verdict.CriterionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drills as JUnit XML, the test report every CI shows (GitHub test reporters, GitLab's
 * {@code artifacts:reports:junit}, Jenkins): one {@code <testsuite>} per drill run, named by its
 * seed, and in it one {@code <testcase>} per line of its verdict, named by the criterion, so a
 * failing criterion is listed by name with what was measured against its limit and how to replay
 * the drill. A line that was not measured but may be absent is {@code <skipped>}.
 */
public final class JunitReport {

    private static final XmlMapper XML = mapper();

    private JunitReport() {
    }

    /**
     * The report of {@code drills} of the playbook at {@code playbookFile} (as given, so CI links it),
     * with the scenario file a replay names.
     */
    public static String of(List<DrillResult> drills, String playbookFile, String scenarioFile) {
        List<Suite> suites = new ArrayList<>();
        for (DrillResult drill : drills) {
            suites.add(suite(drill, playbookFile, scenarioFile));
        }
        DrillResult first = drills.get(0);
        Suites all = new Suites("drill " + first.playbook() + " · scenario " + first.scenario(),
                suites.stream().mapToInt(Suite::tests).sum(), suites.stream().mapToInt(Suite::failures).sum(), 0,
                suites.stream().mapToInt(Suite::skipped).sum(), suites);
        try {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + XML.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("drills not writable as JUnit XML", e);
        }
    }

    private static Suite suite(DrillResult drill, String playbookFile, String scenarioFile) {
        String classname = drill.playbook() + "." + drill.scenario() + ".seed" + drill.seed();
        String replay = "replay: playbook run " + playbookFile + " --simulate --scenario " + scenarioFile + " --seed " + drill.seed();
        List<Case> cases = new ArrayList<>();
        for (CriterionResult line : drill.verdict().results()) {
            String reading = line.wasMeasured() ? "measured " + line.measured() + (line.limit().isEmpty() ? "" : ", required " + line.limit())
                    : "not measured" + (line.limit().isEmpty() ? "" : ", required " + line.limit());
            Failure failure = line.passed() ? null : new Failure(reading, "criterion", line.detail() + "\n" + replay);
            Skipped skipped = line.passed() && !line.wasMeasured() ? new Skipped(line.detail()) : null;
            cases.add(new Case(line.name(), classname, playbookFile, seconds(Duration.ZERO), failure, skipped));
        }
        Instant start = drill.run().at().minus(drill.run().elapsed());
        List<Property> properties = new ArrayList<>(List.of(new Property("playbook", drill.playbook()),
                new Property("scenario", drill.scenario()), new Property("seed", String.valueOf(drill.seed())),
                new Property("run", drill.run().status().label()),
                new Property("simulated time", DrillReport.shown(drill.run().elapsed()))));
        if (drill.recovery() != null) {
            properties.add(new Property("service restored after", DrillReport.shown(drill.recovery())));
        }
        if (drill.dataLoss() != null) {
            properties.add(new Property("data loss", DrillReport.shown(drill.dataLoss())));
        }
        properties.add(new Property("replay", replay.substring("replay: ".length())));
        int failures = (int) cases.stream().filter(c -> c.failure() != null).count();
        int skipped = (int) cases.stream().filter(c -> c.skipped() != null).count();
        return new Suite(drill.playbook() + " · " + drill.scenario() + " · seed " + drill.seed(), cases.size(), failures, 0, skipped,
                seconds(drill.run().elapsed()), start.toString(), properties, cases);
    }

    /** Seconds with millisecond precision, as JUnit reports write them; for a suite, the simulated time of the run. */
    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static XmlMapper mapper() {
        XmlMapper mapper = new XmlMapper();
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        mapper.disable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
        // A criterion name or detail may hold a character XML 1.0 cannot carry: it becomes U+FFFD, not broken XML.
        mapper.getFactory().getXMLOutputFactory().setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        return mapper;
    }

    @JacksonXmlRootElement(localName = "testsuites")
    @JsonPropertyOrder({"name", "tests", "failures", "errors", "skipped", "suites"})
    record Suites(@JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlProperty(isAttribute = true) int tests,
                  @JacksonXmlProperty(isAttribute = true) int failures, @JacksonXmlProperty(isAttribute = true) int errors,
                  @JacksonXmlProperty(isAttribute = true) int skipped,
                  @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testsuite") List<Suite> suites) {
    }

    @JsonPropertyOrder({"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "properties", "cases"})
    record Suite(@JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlProperty(isAttribute = true) int tests,
                 @JacksonXmlProperty(isAttribute = true) int failures, @JacksonXmlProperty(isAttribute = true) int errors,
                 @JacksonXmlProperty(isAttribute = true) int skipped, @JacksonXmlProperty(isAttribute = true) String time,
                 @JacksonXmlProperty(isAttribute = true) String timestamp,
                 @JacksonXmlElementWrapper(localName = "properties") @JacksonXmlProperty(localName = "property") List<Property> properties,
                 @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testcase") List<Case> cases) {
    }

    @JsonPropertyOrder({"name", "value"})
    record Property(@JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlProperty(isAttribute = true) String value) {
    }

    @JsonPropertyOrder({"name", "classname", "file", "time", "failure", "skipped"})
    record Case(@JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlProperty(isAttribute = true) String classname,
                @JacksonXmlProperty(isAttribute = true) String file, @JacksonXmlProperty(isAttribute = true) String time,
                Failure failure, Skipped skipped) {
    }

    @JsonPropertyOrder({"message", "type", "text"})
    record Failure(@JacksonXmlProperty(isAttribute = true) String message, @JacksonXmlProperty(isAttribute = true) String type,
                   @JacksonXmlText String text) {
    }

    record Skipped(@JacksonXmlProperty(isAttribute = true) String message) {
    }
}
