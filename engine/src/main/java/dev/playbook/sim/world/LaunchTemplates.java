package dev.playbook.sim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2 launch templates per region. New versions are kept with their data; the simulator does not
 * interpret UserData (instances find their database through {@link Apps}).
 */
public final class LaunchTemplates {

    /** One version; {@code data} is the LaunchTemplateData tree as given. */
    public record Version(long number, String description, Instant created, Map<String, Object> data) {
    }

    /** A template with its versions, oldest first. */
    public static final class Template {
        final String id;
        final String name;
        final String region;
        final Instant created;
        final List<Version> versions = new ArrayList<>();
        long defaultVersion = 1;

        Template(String id, String name, String region, Instant created) {
            this.id = id;
            this.name = name;
            this.region = region;
            this.created = created;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public Instant created() {
            return created;
        }

        public List<Version> versions() {
            return List.copyOf(versions);
        }

        public long defaultVersion() {
            return defaultVersion;
        }

        public long latestVersion() {
            return versions.get(versions.size() - 1).number();
        }
    }

    private final World world;
    private final List<Template> templates = new ArrayList<>();

    LaunchTemplates(World world) {
        this.world = world;
    }

    void add(WorldFile.LaunchTemplate spec, String region, Instant created) {
        Template template = new Template(spec.id() != null ? spec.id() : "lt-0" + world.hex(16), spec.name(), region, created);
        for (int v = 1; v <= spec.versions().size(); v++) {
            WorldFile.TemplateVersion version = spec.versions().get(v - 1);
            String image = version.imageId() != null ? version.imageId() : "ami-0" + world.hex(16);
            template.versions.add(new Version(v, version.description(), created.plusSeconds(86_400L * v),
                    Map.of("ImageId", image, "InstanceType", version.instanceType())));
        }
        template.defaultVersion = spec.defaultVersion();
        templates.add(template);
    }

    public Template find(String region, String nameOrId) {
        return templates.stream().filter(t -> t.region.equals(region) && (t.name.equals(nameOrId) || t.id.equals(nameOrId)))
                .findFirst().orElse(null);
    }

    public List<Template> in(String region) {
        return templates.stream().filter(t -> t.region.equals(region)).toList();
    }

    public Template get(String region, String nameOrId) {
        Template template = find(region, nameOrId);
        if (template == null) {
            throw AwsError.client("InvalidLaunchTemplateName.NotFoundException",
                    "The specified launch template, with template name " + nameOrId + ", does not exist.");
        }
        return template;
    }

    /** A new version: the source version's data with {@code data}'s top-level members replacing it. */
    public Version createVersion(String region, String nameOrId, String sourceVersion, Map<String, Object> data, String description) {
        Template template = get(region, nameOrId);
        Map<String, Object> merged = new LinkedHashMap<>();
        if (sourceVersion != null) {
            merged.putAll(version(template, sourceVersion).data());
        }
        merged.putAll(data);
        Version version = new Version(template.latestVersion() + 1, description, world.now(), merged);
        template.versions.add(version);
        world.note(WorldEvent.Kind.CHANGE, template.name + " version " + version.number() + " created in " + region);
        return version;
    }

    /** The version number {@code $Latest}, {@code $Default} or a number stands for, as text; "-" when unknown. */
    String resolveVersion(String region, String name, String version) {
        Template template = find(region, name);
        if (template == null) {
            return "-";
        }
        return String.valueOf(version(template, version).number());
    }

    private static Version version(Template template, String version) {
        if (version == null || version.equals("$Default")) {
            return template.versions.get((int) template.defaultVersion - 1);
        }
        if (version.equals("$Latest")) {
            return template.versions.get(template.versions.size() - 1);
        }
        try {
            long n = Long.parseLong(version);
            if (n >= 1 && n <= template.versions.size()) {
                return template.versions.get((int) n - 1);
            }
        } catch (NumberFormatException e) {
            // Falls through to the error AWS gives for any version that does not exist.
        }
        throw AwsError.client("InvalidLaunchTemplateId.VersionNotFound", "Could not find launch template version " + version + ".");
    }
}
