package dev.playbook.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.playbook.aws.Tree.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services that do not speak Query: Route 53 (REST-XML: the hosted zone goes in the path,
 * the batch in an XML body) and CloudWatch, which this SDK release calls over Smithy RPC v2
 * CBOR (binary body, timestamps as CBOR tag 1).
 */
class AwsRestAndCborCallsTest {

    private static final String CLOUDWATCH_PATH = "/service/GraniteServiceVersion20100801/operation/GetMetricStatistics";

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

    private Map<?, ?> call(String action, Map<String, Object> params) throws Exception {
        return (Map<?, ?>) provider.find(action).orElseThrow().call(StubContext.defaults(), params);
    }

    @Test
    void route53ChangeResourceRecordSets() throws Exception {
        aws.server.stubFor(post(urlEqualTo("/2013-04-01/hostedzone/Z0123456789/rrset/")).willReturn(AwsStub.xml(200,
                "<ChangeResourceRecordSetsResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><ChangeInfo>"
                        + "<Id>/change/C2682N5HXP0BZ4</Id><Status>PENDING</Status><SubmittedAt>2026-11-24T03:00:00.000Z</SubmittedAt>"
                        + "</ChangeInfo></ChangeResourceRecordSetsResponse>")));

        Map<?, ?> result = call("aws.route53.changeResourceRecordSets", Map.of(
                "HostedZoneId", "Z0123456789",
                "ChangeBatch", Map.of("Comment", "regional failover", "Changes", List.of(Map.of(
                        "Action", "UPSERT",
                        "ResourceRecordSet", Map.of("Name", "app.basecoat.example", "Type", "A",
                                "AliasTarget", Map.of("HostedZoneId", "Z1H1FL5HABSF5", "DNSName", "basecoat-alb-dr.us-west-2.elb.amazonaws.com",
                                        "EvaluateTargetHealth", true)))))));

        String body = aws.server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertTrue(body.contains("<Comment>regional failover</Comment>"), body);
        assertTrue(body.contains("<Action>UPSERT</Action>"), body);
        assertTrue(body.contains("<DNSName>basecoat-alb-dr.us-west-2.elb.amazonaws.com</DNSName>"), body);
        assertTrue(body.contains("<EvaluateTargetHealth>true</EvaluateTargetHealth>"), body);
        assertEquals("PENDING", at(result, "ChangeInfo", "Status"));
        assertEquals("2026-11-24T03:00:00Z", at(result, "ChangeInfo", "SubmittedAt"));
        assertTrue(String.valueOf(at(result, "ChangeInfo", "Id")).endsWith("C2682N5HXP0BZ4"));
    }

    @Test
    void route53GetChange() throws Exception {
        aws.server.stubFor(get(urlEqualTo("/2013-04-01/change/C2682N5HXP0BZ4")).willReturn(AwsStub.xml(200,
                "<GetChangeResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id>"
                        + "<Status>INSYNC</Status><SubmittedAt>2026-11-24T03:00:00.000Z</SubmittedAt></ChangeInfo></GetChangeResponse>")));

        Map<?, ?> result = call("aws.route53.getChange", Map.of("Id", "C2682N5HXP0BZ4"));

        assertEquals("INSYNC", at(result, "ChangeInfo", "Status"));
    }

    @Test
    void cloudwatchGetMetricStatisticsOverCbor() throws Exception {
        aws.server.stubFor(post(urlEqualTo(CLOUDWATCH_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/cbor").withHeader("smithy-protocol", "rpc-v2-cbor")
                .withHeader("x-amzn-RequestId", AwsStub.REQUEST_ID).withBody(metricStatisticsAnswer())));

        Map<?, ?> result = call("aws.cloudwatch.getMetricStatistics", Map.of(
                "Namespace", "AWS/ApplicationELB", "MetricName", "HTTPCode_Target_5XX_Count",
                "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", "app/basecoat-alb-dr/123")),
                "StartTime", "2026-11-24T02:55:00Z", "EndTime", "2026-11-24T03:00:00Z", "Period", 300, "Statistics", List.of("Sum")));

        LoggedRequest request = aws.server.getAllServeEvents().get(0).getRequest();
        assertEquals("rpc-v2-cbor", request.getHeader("smithy-protocol"));
        JsonNode sent = new CBORMapper().readTree(request.getBody());
        assertEquals("HTTPCode_Target_5XX_Count", sent.get("MetricName").asText());
        assertEquals("LoadBalancer", sent.get("Dimensions").get(0).get("Name").asText());
        assertEquals(300, sent.get("Period").asInt());
        assertEquals("Sum", sent.get("Statistics").get(0).asText());
        assertEquals(Instant.parse("2026-11-24T02:55:00Z").getEpochSecond(), sent.get("StartTime").asLong());
        assertEquals(3.0, at(result, "Datapoints", 0, "Sum"));
        assertEquals("Count", at(result, "Datapoints", 0, "Unit"));
        assertEquals("2026-11-24T03:00:00Z", at(result, "Datapoints", 0, "Timestamp"));
    }

    /** {Label, Datapoints: [{Timestamp, Sum, Unit}]} in CBOR, the timestamp as tag 1 epoch seconds. */
    private static byte[] metricStatisticsAnswer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CBORGenerator cbor = new CBORFactory().createGenerator(bytes)) {
            cbor.writeStartObject();
            cbor.writeStringField("Label", "HTTPCode_Target_5XX_Count");
            cbor.writeArrayFieldStart("Datapoints");
            cbor.writeStartObject();
            cbor.writeFieldName("Timestamp");
            cbor.writeTag(1);
            cbor.writeNumber((double) Instant.parse("2026-11-24T03:00:00Z").getEpochSecond());
            cbor.writeNumberField("Sum", 3.0);
            cbor.writeStringField("Unit", "Count");
            cbor.writeEndObject();
            cbor.writeEndArray();
            cbor.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
