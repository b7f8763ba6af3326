package dev.playbook.cli;

import picocli.CommandLine.Command;

@Command(name = "world", description = "World files: what exists in an AWS account before anything goes wrong, for drills (docs/world-format.md).",
        subcommands = {WorldCheckCommand.class, WorldSchemaCommand.class})
final class WorldCommand {
}
