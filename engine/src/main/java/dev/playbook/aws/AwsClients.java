package dev.playbook.aws;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * SDK clients, built on first use and cached per (service, region), all closed together.
 * Credentials and, when a step names none, the region come from the SDK's default chains; the
 * SDK itself honours {@code AWS_ENDPOINT_URL}, and an explicit endpoint (the CLI's
 * {@code --endpoint}) overrides it for every service.
 */
final class AwsClients implements AutoCloseable {

    private final URI endpoint;
    private final Map<String, SdkClient> clients = new HashMap<>();
    private int created;

    AwsClients(URI endpoint) {
        this.endpoint = endpoint;
    }

    synchronized SdkClient get(AwsService service, String region) {
        String key = service.name() + "@" + (region == null ? "" : region);
        SdkClient client = clients.get(key);
        if (client == null) {
            client = build(service, region);
            clients.put(key, client);
            created++;
        }
        return client;
    }

    private SdkClient build(AwsService service, String region) {
        AwsClientBuilder<?, ?> builder = service.newClientBuilder();
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        // Standard mode: jittered exponential backoff on throttling, 5xx and I/O errors, 3 attempts.
        builder.overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD));
        ((SdkSyncClientBuilder<?, ?>) builder).httpClientBuilder(UrlConnectionHttpClient.builder());
        return (SdkClient) builder.build();
    }

    /** How many clients were built, so tests can tell that listing and lint built none. */
    synchronized int created() {
        return created;
    }

    @Override
    public synchronized void close() {
        List<SdkClient> open = new ArrayList<>(clients.values());
        clients.clear();
        open.forEach(SdkClient::close);
    }
}
