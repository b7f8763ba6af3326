package dev.playbook.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.playbook.action.ActionRegistry;
import dev.playbook.action.builtin.BuiltinProvider;
import dev.playbook.model.Playbook;
import dev.playbook.run.Approver;
import dev.playbook.run.Executor;
import dev.playbook.run.Redactor;
import dev.playbook.run.RunEvent;
import dev.playbook.run.RunOptions;
import dev.playbook.run.RunResult;
import dev.playbook.run.RunStatus;
import dev.playbook.run.StepStatus;
import dev.playbook.run.SystemClock;
import dev.playbook.testing.Runs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A local AWS that misbehaves: throttling, 500s, malformed and truncated bodies, answers slower
 * than the step's time limit, connections reset or closed without an answer. Against each, a
 * real run (wall clock, the SDK over loopback HTTP) records the step as failed with the fault
 * named — never as succeeded — and a step that retries is recorded as succeeded only after a
 * call that did succeed.
 */
class FaultInjectionTest {

    private static final String DESCRIBE = "DescribeDBInstances";
    private static final String INSTANCE = "<DBInstances><DBInstance><DBInstanceIdentifier>db</DBInstanceIdentifier>"
            + "<DBInstanceStatus>available</DBInstanceStatus></DBInstance></DBInstances>";
    private static AwsStub aws;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
    }

    @AfterAll
    static void stopAws() {
        aws.close();
    }

    @BeforeEach
    void reset() {
        aws.server.resetAll();
    }

    private static String playbook(int attempts, String timeout) {
        return """
                apiVersion: playbook/v1
                kind: Playbook
                metadata: {name: faults}
                defaults: {region: us-east-1}
                phases:
                  - id: p
                    steps:
                      - id: look
                        action: aws.rds.describeDBInstances
                        with: {DBInstanceIdentifier: db}
                        expect: result.DBInstances[0].DBInstanceStatus == 'available'
                        timeout: %s
                        retry: {attempts: %d, delay: 100ms, jitter: false}
                """.formatted(timeout, attempts);
    }

    private record Run(RunResult result, List<RunEvent> events) {
        List<RunEvent.StepFinished> finished() {
            return events.stream().filter(RunEvent.StepFinished.class::isInstance).map(RunEvent.StepFinished.class::cast).toList();
        }
    }

    /** The time limit is generous (a first SDK call on a loaded machine is slow) except where slowness is the fault. */
    private static Run run(int attempts, String timeout) {
        Playbook playbook = Runs.load(playbook(attempts, timeout));
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (AwsProvider provider = aws.provider()) {
            ActionRegistry registry = new ActionRegistry(List.of(provider, new BuiltinProvider()));
            Executor executor = new Executor(playbook, registry, new SystemClock(), events::add, Approver.of(true, Set.of(), null),
                    new RunOptions("fault-run", null, null, 7L, false), Redactor.forInputs(playbook, Map.of()));
            RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> executor.run(Map.of()));
            return new Run(result, events);
        }
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("throttling", (Supplier<ResponseDefinitionBuilder>) () -> AwsStub.queryError(400, "Throttling", "Rate exceeded"), "Throttling"),
                Arguments.of("500", (Supplier<ResponseDefinitionBuilder>) () -> AwsStub.queryError(500, "InternalFailure", "boom"), "InternalFailure"),
                Arguments.of("malformed body", (Supplier<ResponseDefinitionBuilder>) () -> AwsStub.xml(200, "<DescribeDBInstancesResponse><Describe"), null),
                Arguments.of("not XML at all", (Supplier<ResponseDefinitionBuilder>) () -> AwsStub.xml(200, "{\"surprise\": true}"), null),
                Arguments.of("an empty answer", (Supplier<ResponseDefinitionBuilder>) () -> AwsStub.xml(200, ""), null),
                Arguments.of("slower than the time limit", (Supplier<ResponseDefinitionBuilder>) () ->
                        AwsStub.queryResult(DESCRIBE, INSTANCE).withFixedDelay(30_000), "Timeout"),
                Arguments.of("connection reset", (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), null),
                Arguments.of("connection closed without an answer", (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withFault(Fault.EMPTY_RESPONSE), null),
                Arguments.of("garbage bytes", (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aCallThatDidNotSucceedIsNeverRecordedAsSucceeded(String fault, Supplier<ResponseDefinitionBuilder> answer, String code) {
        aws.server.stubFor(AwsStub.query(DESCRIBE).willReturn(answer.get()));
        Run run = run(2, code != null && code.equals("Timeout") ? "3s" : "30s");
        assertEquals(RunStatus.FAILED, run.result().status(), fault);
        List<RunEvent.StepFinished> finished = run.finished();
        assertEquals(1, finished.size());
        assertEquals(StepStatus.FAILED, finished.get(0).status(), fault);
        assertTrue(finished.get(0).result() == null, fault + ": a failed step carries no result");
        if (code != null) {
            assertEquals(code, finished.get(0).errorCode(), fault + ": " + finished.get(0).error());
        }
    }

    @Test
    void aStepThatRetriesIsRecordedAsSucceededOnlyAfterACallSucceeded() {
        aws.sequence(() -> AwsStub.query(DESCRIBE), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), AwsStub.queryResult(DESCRIBE, INSTANCE));
        Run run = run(3, "30s");
        RunEvent.StepFinished look = run.finished().get(0);
        assertEquals(RunStatus.SUCCEEDED, run.result().status(), () -> look.errorCode() + ": " + look.error());
        assertEquals(StepStatus.SUCCEEDED, look.status(), () -> look.errorCode() + ": " + look.error());
        assertTrue(String.valueOf(look.result()).contains("available"), String.valueOf(look.result()));
    }
}
