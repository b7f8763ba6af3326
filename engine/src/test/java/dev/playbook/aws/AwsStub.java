package dev.playbook.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A local AWS: WireMock on 127.0.0.1 answering in each service's own wire protocol, and the SDK
 * pointed at it with fake static credentials and a region set through system properties. Nothing
 * leaves the machine: the instance metadata service is switched off too.
 */
final class AwsStub implements AutoCloseable {

    static final String REQUEST_ID = "req-0001";

    private static final Map<String, String> SDK_SETTINGS = Map.of(
            "aws.accessKeyId", "AKIDPLAYBOOKTEST",
            "aws.secretAccessKey", "playbook-test-secret",
            "aws.region", "us-east-1",
            "aws.disableEc2Metadata", "true");

    final WireMockServer server;
    private final Map<String, String> saved = new HashMap<>();

    private AwsStub() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        SDK_SETTINGS.forEach(this::setProperty);
    }

    static AwsStub start() {
        return new AwsStub();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    AwsProvider provider() {
        return new AwsProvider(endpoint());
    }

    /** Sets a system property for the life of this stub. */
    void setProperty(String name, String value) {
        saved.putIfAbsent(name, System.getProperty(name));
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    /** A Query-protocol request (RDS, Auto Scaling, ElastiCache, SNS, STS, ELBv2, EC2) for {@code action}. */
    static MappingBuilder query(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    /** A successful Query-protocol answer: {@code <XResponse><XResult>...}. */
    static ResponseDefinitionBuilder queryResult(String action, String resultXml) {
        return xml(200, "<" + action + "Response xmlns=\"https://aws.test/\"><" + action + "Result>" + resultXml
                + "</" + action + "Result><ResponseMetadata><RequestId>" + REQUEST_ID + "</RequestId></ResponseMetadata></"
                + action + "Response>");
    }

    /** A Query-protocol error, as RDS, Auto Scaling and the others send it. */
    static ResponseDefinitionBuilder queryError(int status, String code, String message) {
        return xml(status, "<ErrorResponse><Error><Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>" + REQUEST_ID + "</RequestId></ErrorResponse>");
    }

    /** An RPCv2 CBOR request (CloudWatch) for {@code operation} of the service {@code serviceShape}. */
    static MappingBuilder rpcV2(String serviceShape, String operation) {
        return post(urlEqualTo("/service/" + serviceShape + "/operation/" + operation));
    }

    /** A successful RPCv2 CBOR answer whose body is {@code result} (no timestamps: they need CBOR tag 1). */
    static ResponseDefinitionBuilder cborResult(Map<String, ?> result) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/cbor").withHeader("smithy-protocol", "rpc-v2-cbor")
                    .withHeader("x-amzn-RequestId", REQUEST_ID).withBody(new CBORMapper().writeValueAsBytes(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", REQUEST_ID).withBody(body);
    }

    /** Answers {@code first} to the first matching request, then {@code then} to the rest. */
    void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        String scenario = "sequence-" + server.getStubMappings().size();
        server.stubFor(request.get().inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("answered"));
        server.stubFor(request.get().inScenario(scenario).whenScenarioStateIs("answered").willReturn(then));
    }

    /** The form parameters of every Query request for {@code action}, oldest first. */
    List<Map<String, String>> forms(String action) {
        return server.findAll(postRequestedFor(urlEqualTo("/"))
                        .withRequestBody(containing("Action=" + action + "&")))
                .stream().map(AwsStub::form).toList();
    }

    /** The form parameters of the one Query request for {@code action}. */
    Map<String, String> form(String action) {
        List<Map<String, String>> all = forms(action);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + action + " request, got " + all.size());
        }
        return all.get(0);
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            form.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    int requestCount() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
