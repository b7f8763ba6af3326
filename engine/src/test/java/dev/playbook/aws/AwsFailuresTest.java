package dev.playbook.aws;

import static dev.playbook.aws.AwsStub.query;
import static dev.playbook.aws.AwsStub.queryError;
import static dev.playbook.aws.AwsStub.queryResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.playbook.action.ActionException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a step sees when AWS refuses, throttles, fails or is slow, and when nothing should be sent at all. */
class AwsFailuresTest {

    private static final String DESCRIBE = "aws.rds.describeDBInstances";
    private static final String OK = "<DBInstances><DBInstance><DBInstanceStatus>available</DBInstanceStatus></DBInstance></DBInstances>";

    private static AwsStub aws;
    private AwsProvider provider;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
    }

    @AfterAll
    static void stopAws() {
        aws.close();
    }

    @BeforeEach
    void newProvider() {
        aws.server.resetAll();
        provider = aws.provider();
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private Object call(String action, StubContext context, Map<String, Object> params) throws Exception {
        return provider.find(action).orElseThrow().call(context, params);
    }

    private ActionException failure(String action, StubContext context, Map<String, Object> params) {
        return assertThrows(ActionException.class, () -> call(action, context, params));
    }

    @Test
    void awsErrorCodeBecomesTheStepErrorCode() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryError(404, "DBInstanceNotFound", "DBInstance basecoat-x not found.")));

        ActionException e = failure(DESCRIBE, StubContext.defaults(), Map.of("DBInstanceIdentifier", "basecoat-x"));

        assertEquals("DBInstanceNotFound", e.code());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("DBInstance basecoat-x not found."), e.getMessage());
        assertTrue(e.getMessage().contains("request id " + AwsStub.REQUEST_ID), e.getMessage());
        assertEquals(1, aws.requestCount(), "client errors are not retried");
    }

    @Test
    void throttlingIsRetriedBySdkThenSucceeds() throws Exception {
        aws.sequence(() -> query("DescribeDBInstances"), queryError(400, "Throttling", "Rate exceeded"), queryResult("DescribeDBInstances", OK));

        Object result = call(DESCRIBE, StubContext.defaults(), Map.of());

        assertEquals("available", Tree.at(result, "DBInstances", 0, "DBInstanceStatus"));
        assertEquals(2, aws.forms("DescribeDBInstances").size());
    }

    @Test
    void serverErrorIsRetriedBySdkThenSucceeds() throws Exception {
        aws.sequence(() -> query("DescribeDBInstances"), queryError(500, "InternalFailure", "try again"), queryResult("DescribeDBInstances", OK));

        Object result = call(DESCRIBE, StubContext.defaults(), Map.of());

        assertEquals("available", Tree.at(result, "DBInstances", 0, "DBInstanceStatus"));
        assertEquals(2, aws.forms("DescribeDBInstances").size());
    }

    @Test
    void sdkRetriesResendTheSameIdempotencyToken() throws Exception {
        aws.sequence(() -> query("CreateLaunchTemplateVersion"), queryError(503, "Unavailable", "busy"), AwsStub.xml(200,
                "<CreateLaunchTemplateVersionResponse><launchTemplateVersion><versionNumber>5</versionNumber></launchTemplateVersion>"
                        + "</CreateLaunchTemplateVersionResponse>"));

        call("aws.ec2.createLaunchTemplateVersion", StubContext.defaults(), Map.of("LaunchTemplateName", "basecoat-app", "SourceVersion", "1"));

        List<String> tokens = aws.forms("CreateLaunchTemplateVersion").stream().map(f -> f.get("ClientToken")).toList();
        assertEquals(2, tokens.size());
        assertTrue(tokens.get(0) != null && tokens.get(0).equals(tokens.get(1)), "one token for both attempts: " + tokens);
    }

    @Test
    void persistentServerErrorIsRetryableForTheStepAfterTheSdkGivesUp() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryError(503, "ServiceUnavailable", "down")));

        ActionException e = failure(DESCRIBE, StubContext.defaults(), Map.of());

        assertEquals("ServiceUnavailable", e.code());
        assertTrue(e.retryable());
        assertEquals(3, aws.forms("DescribeDBInstances").size(), "standard retry mode makes three attempts");
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }

    @Test
    void accessDeniedSaysWhatIsWrong() {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(queryError(403, "AccessDenied",
                "User: arn:aws:iam::123456789012:user/oncall is not authorized to perform: rds:PromoteReadReplica")));

        ActionException e = failure("aws.rds.promoteReadReplica", StubContext.defaults(), Map.of("DBInstanceIdentifier", "basecoat-dr"));

        assertEquals("AccessDenied", e.code());
        assertFalse(e.retryable());
        assertEquals("aws.rds.promoteReadReplica failed: AccessDenied: User: arn:aws:iam::123456789012:user/oncall is not authorized"
                + " to perform: rds:PromoteReadReplica (HTTP 403, request id req-0001); the AWS credentials in use are not allowed"
                + " to do this: check the caller's IAM permissions", e.getMessage());
    }

    @Test
    void slowAnswerHitsTheStepTimeLimit() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryResult("DescribeDBInstances", OK).withFixedDelay(1500)));

        long start = System.nanoTime();
        ActionException e = failure(DESCRIBE, new StubContext(null, Duration.ofMillis(300)), Map.of());

        assertEquals("Timeout", e.code());
        assertTrue(e.retryable());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1400, "gave up at the limit, not at the answer");
    }

    @Test
    void invalidParametersFailBeforeAnythingIsSent() {
        ActionException e = failure("aws.ec2.describeInstances", StubContext.defaults(),
                Map.of("Filters", List.of(Map.of("Name", List.of("tag:Name"), "Values", List.of("app")))));

        assertEquals("InvalidParameter", e.code());
        assertFalse(e.retryable());
        assertEquals("aws.ec2.describeInstances: with.Filters[0].Name: expected string, got a list", e.getMessage());
        assertEquals(0, aws.requestCount());
    }

    @Test
    void unreachableEndpointIsARetryableConnectionFailure() throws Exception {
        try (AwsProvider nowhere = new AwsProvider(URI.create("http://127.0.0.1:1"))) {
            ActionException e = assertThrows(ActionException.class,
                    () -> nowhere.find(DESCRIBE).orElseThrow().call(StubContext.defaults(), Map.of()));
            assertEquals("ConnectionFailed", e.code());
            assertTrue(e.retryable());
            assertTrue(e.getMessage().startsWith("aws.rds.describeDBInstances: cannot reach AWS, after 3 attempts: "), e.getMessage());
        }
    }

    @Test
    void anEmptyRegionIsRefusedRatherThanDefaulted() {
        ActionException e = failure(DESCRIBE, new StubContext(" ", Duration.ofSeconds(5)), Map.of());

        assertEquals("InvalidRegion", e.code());
        assertEquals(0, aws.requestCount());
    }

    @Test
    void stepRegionSelectsTheClientAndClientsAreReused() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryResult("DescribeDBInstances", OK)));

        call(DESCRIBE, new StubContext("us-west-2", Duration.ofSeconds(5)), Map.of());
        call(DESCRIBE, new StubContext("us-west-2", Duration.ofSeconds(5)), Map.of());
        call(DESCRIBE, new StubContext("eu-west-1", Duration.ofSeconds(5)), Map.of());

        List<String> scopes = aws.server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getHeader("Authorization").replaceAll(".*Credential=[^/]+/\\d+/([^/]+)/.*", "$1"))
                .sorted().toList();
        assertEquals(List.of("eu-west-1", "us-west-2", "us-west-2"), scopes);
        assertEquals(2, provider.clientsCreated());
    }

    @Test
    void awsEndpointUrlSettingIsHonouredWithoutOverride() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(queryResult("DescribeDBInstances", OK)));
        aws.setProperty("aws.endpointUrl", aws.endpoint().toString());
        try (AwsProvider fromEnvironment = new AwsProvider()) {
            Object result = fromEnvironment.find(DESCRIBE).orElseThrow().call(StubContext.defaults(), Map.of());
            assertEquals("available", Tree.at(result, "DBInstances", 0, "DBInstanceStatus"));
        } finally {
            aws.setProperty("aws.endpointUrl", null);
        }
    }

    @Test
    void preflightWithoutCredentialsSuggestsSimulation() {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null
                && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null, "the environment has AWS credentials");
        aws.setProperty("aws.accessKeyId", null);
        aws.setProperty("aws.secretAccessKey", null);
        aws.setProperty("aws.sharedCredentialsFile", "/nonexistent/playbook-test/credentials");
        aws.setProperty("aws.configFile", "/nonexistent/playbook-test/config");
        try {
            ActionException e = assertThrows(ActionException.class, () -> provider.preflight("us-east-1"));
            assertEquals("NoCredentials", e.code());
            assertEquals("no AWS credentials found; to rehearse without AWS, add --simulate", e.getMessage());
            assertEquals(0, aws.requestCount());
        } finally {
            aws.setProperty("aws.accessKeyId", "AKIDPLAYBOOKTEST");
            aws.setProperty("aws.secretAccessKey", "playbook-test-secret");
        }
    }
}
