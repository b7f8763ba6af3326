package dev.playbook.model;

import dev.playbook.run.RunStatus;

/** A back-edge on purpose, for PackageTableTest: `model` may depend on nothing, and this reads a `run` type. */
final class ModelReachingIntoRun {

    private ModelReachingIntoRun() {
    }

    static boolean succeeded(RunStatus status) {
        return status == RunStatus.SUCCEEDED;
    }
}
