package dev.playbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "world", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "World files: what exists in an AWS account before anything goes wrong, for drills (docs/world-format.md).",
        subcommands = {WorldCheckCommand.class, WorldSchemaCommand.class})
final class WorldCommand {

    @Mixin
    StandardOptions standard;
}
