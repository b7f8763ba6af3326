package dev.playbook.sim.api;

import dev.playbook.sim.world.AwsError;
import dev.playbook.sim.world.LaunchTemplates;
import java.util.List;
import java.util.Map;

/** EC2 launch templates: new versions (the runbook's UserData change) and descriptions. */
final class Ec2Api {

    private static final String CREATED_BY = "arn:aws:sts::123456789012:assumed-role/playbook-drill/simulator";

    private Ec2Api() {
    }

    static void register(Map<String, Handler> handlers) {
        AwsGateway.register(handlers, "aws.ec2.createLaunchTemplateVersion", Ec2Api::createVersion);
        AwsGateway.register(handlers, "aws.ec2.describeLaunchTemplates", Ec2Api::describeTemplates);
        AwsGateway.register(handlers, "aws.ec2.describeLaunchTemplateVersions", Ec2Api::describeVersions);
    }

    private static Object createVersion(Call c) {
        Args a = c.args();
        Map<String, Object> data = a.map("LaunchTemplateData");
        if (data == null) {
            throw AwsError.client("MissingParameter", "The request must contain the parameter LaunchTemplateData.");
        }
        LaunchTemplates.Template template = template(c);
        LaunchTemplates.Version version = c.world().launchTemplates().createVersion(c.region(), template.name(), a.string("SourceVersion"), data,
                a.string("VersionDescription"));
        return Tree.of("LaunchTemplateVersion", version(template, version));
    }

    private static Object describeTemplates(Call c) {
        List<String> names = c.args().strings("LaunchTemplateNames");
        List<String> ids = c.args().strings("LaunchTemplateIds");
        List<LaunchTemplates.Template> found = c.world().launchTemplates().in(c.region()).stream()
                .filter(t -> (names == null || names.contains(t.name())) && (ids == null || ids.contains(t.id()))).toList();
        if (names != null && found.size() < names.size()) {
            throw AwsError.client("InvalidLaunchTemplateName.NotFoundException", "At least one of the launch templates specified in the request does not exist.");
        }
        return Tree.of("LaunchTemplates", found.stream().map(t -> Tree.of("LaunchTemplateId", t.id(), "LaunchTemplateName", t.name(),
                "CreateTime", t.created(), "CreatedBy", CREATED_BY, "DefaultVersionNumber", t.defaultVersion(),
                "LatestVersionNumber", t.latestVersion())).toList());
    }

    private static Object describeVersions(Call c) {
        LaunchTemplates.Template template = template(c);
        List<String> wanted = c.args().strings("Versions");
        List<LaunchTemplates.Version> versions = template.versions().stream()
                .filter(v -> wanted == null || wanted.contains(String.valueOf(v.number()))
                        || wanted.contains("$Latest") && v.number() == template.latestVersion()
                        || wanted.contains("$Default") && v.number() == template.defaultVersion())
                .toList();
        return Tree.of("LaunchTemplateVersions", versions.stream().map(v -> version(template, v)).toList());
    }

    private static LaunchTemplates.Template template(Call c) {
        String nameOrId = c.args().string("LaunchTemplateName");
        if (nameOrId == null) {
            nameOrId = c.args().required("LaunchTemplateId");
        }
        return c.world().launchTemplates().get(c.region(), nameOrId);
    }

    private static Map<String, Object> version(LaunchTemplates.Template template, LaunchTemplates.Version v) {
        return Tree.of("LaunchTemplateId", template.id(), "LaunchTemplateName", template.name(), "VersionNumber", v.number(),
                "VersionDescription", v.description(), "CreateTime", v.created(), "CreatedBy", CREATED_BY,
                "DefaultVersion", v.number() == template.defaultVersion(), "LaunchTemplateData", v.data());
    }
}
