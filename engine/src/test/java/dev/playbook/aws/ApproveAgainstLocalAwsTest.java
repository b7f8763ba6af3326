package dev.playbook.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.playbook.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code playbook approve} answers an exported runbook's manual step as Step Functions expects:
 * SendTaskSuccess with the token and an output object, or SendTaskFailure with --reject.
 */
class ApproveAgainstLocalAwsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void answer(AwsStub aws, String operation, int status, String body) {
        aws.server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSStepFunctions." + operation))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.0").withBody(body)));
    }

    private static JsonNode sent(AwsStub aws) throws Exception {
        List<LoggedRequest> requests = aws.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/")));
        assertEquals(1, requests.size());
        return JSON.readTree(requests.get(0).getBodyAsString());
    }

    @Test
    void approvingSendsTaskSuccessWithTheResult() throws Exception {
        try (AwsStub aws = AwsStub.start()) {
            answer(aws, "SendTaskSuccess", 200, "{}");
            CliRun run = CliRun.of("approve", "--task-token", "tok-123", "--result", "{\"exit_code\": 0}", "--endpoint", aws.endpoint().toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("approved"), run.out());
            JsonNode body = sent(aws);
            assertEquals("tok-123", body.get("taskToken").asText());
            JsonNode output = JSON.readTree(body.get("output").asText());
            assertTrue(output.get("approved").asBoolean());
            assertEquals(0, output.get("exit_code").asInt());
        }
    }

    @Test
    void rejectingSendsTaskFailureWithTheCause() throws Exception {
        try (AwsStub aws = AwsStub.start()) {
            answer(aws, "SendTaskFailure", 200, "{}");
            CliRun run = CliRun.of("approve", "--reject", "--comment", "primary answers again", "--task-token", "tok-9",
                    "--endpoint", aws.endpoint().toString());

            assertEquals(0, run.exitCode(), run.err());
            JsonNode body = sent(aws);
            assertEquals("Playbook.Rejected", body.get("error").asText());
            assertEquals("primary answers again", body.get("cause").asText());
        }
    }

    @Test
    void anExpiredTokenIsAnErrorWithAHintNotATrace() {
        try (AwsStub aws = AwsStub.start()) {
            answer(aws, "SendTaskSuccess", 400, "{\"__type\":\"com.amazonaws.swf.service.v2.model#TaskTimedOut\",\"message\":\"Task Timed Out\"}");
            CliRun run = CliRun.of("approve", "--task-token", "old", "--endpoint", aws.endpoint().toString());

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("error[approve]: Step Functions refused the answer: TaskTimedOut"), run.err());
            assertTrue(run.err().contains("hint:"), run.err());
        }
    }

    @Test
    void aResultThatIsNotAJsonObjectIsAUsageError() {
        CliRun run = CliRun.of("approve", "--task-token", "t", "--result", "[1]");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --result is not a JSON object"), run.err());
    }
}
