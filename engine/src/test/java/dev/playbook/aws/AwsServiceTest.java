package dev.playbook.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast lookup by request class name agrees with reflecting the client, for every operation of every service. */
class AwsServiceTest {

    @Test
    void everyOperationsRequestTypeIsFoundByNameAsByReflection() {
        for (AwsService reflected : AwsServices.all()) {
            for (Map.Entry<String, Method> op : reflected.operations().entrySet()) {
                AwsService fresh = new AwsService(reflected.name(), reflected.cliName(), reflected::clientType);
                assertEquals(op.getValue().getParameterTypes()[0], fresh.requestType(op.getKey()).orElse(null),
                        reflected.name() + "." + op.getKey());
            }
        }
    }

    @Test
    void runsOfCapitalsAreOneWordInSdkNames() {
        assertEquals("DescribeDbInstances", AwsService.sdkCasing("DescribeDBInstances"));
        assertEquals("TestDnsAnswer", AwsService.sdkCasing("TestDNSAnswer"));
        assertEquals("PromoteReadReplica", AwsService.sdkCasing("PromoteReadReplica"));
    }
}
