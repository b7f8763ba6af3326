package dev.playbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.load.PlaybookLoader;
import dev.playbook.run.Controller.Decision;
import dev.playbook.testing.Repo;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** `run --step` asks as Ansible does: yes, no, continue, abort. */
class StepPromptTest {

    private final Playbook playbook = PlaybookLoader.load(Repo.root().resolve("examples/hello.yaml")).playbook();

    @Test
    void answersDecideEachStepAndContinueStopsAsking() {
        StringWriter shown = new StringWriter();
        StepPrompt prompt = new StepPrompt(new BufferedReader(new StringReader("what\ny\nn\nc\n")), new PrintWriter(shown));
        Phase phase = playbook.phases().get(0);
        Step step = phase.steps().get(0);
        assertEquals(Decision.RUN, prompt.before(step, phase));
        assertEquals(Decision.SKIP, prompt.before(step, phase));
        assertEquals(Decision.RUN, prompt.before(step, phase));
        assertEquals(Decision.RUN, prompt.before(step, phase), "after continue it no longer asks, even without input");
        assertTrue(shown.toString().contains("Perform step " + step.id() + " (phase " + phase.id() + ")?"), shown.toString());
        assertTrue(shown.toString().contains("Please answer y, n, c or a."), shown.toString());
    }

    @Test
    void abortOrTheEndOfInputAbortsTheRun() {
        Phase phase = playbook.phases().get(0);
        Step step = phase.steps().get(0);
        assertEquals(Decision.ABORT, new StepPrompt(new BufferedReader(new StringReader("a\n")), new PrintWriter(new StringWriter())).before(step, phase));
        assertEquals(Decision.ABORT, new StepPrompt(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter())).before(step, phase));
    }
}
