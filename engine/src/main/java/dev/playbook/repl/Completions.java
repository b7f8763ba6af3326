package dev.playbook.repl;

import dev.playbook.model.Step;
import dev.playbook.model.Steps;
import dev.playbook.run.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Tab offers: command names first; then, by the command's argument kind, step ids, phase
 * ids, command names, or expression paths from the live scope.
 */
public final class Completions {

    private final Executor executor;

    public Completions(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param wordIndex which word of the line is being completed (0 for the command)
     * @param firstWord the command word, when completing an argument
     * @param word the partial word under the cursor
     */
    public List<String> candidates(int wordIndex, String firstWord, String word) {
        if (wordIndex == 0) {
            return Command.words().stream().filter(w -> w.startsWith(word)).toList();
        }
        Optional<Command> command = Command.parse(firstWord);
        if (command.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        switch (command.get().argument()) {
            case STEP -> executor.playbook().allSteps().forEach(s -> ids.add(s.id()));
            case STEP_OR_PHASE -> executor.playbook().phases().forEach(p -> {
                ids.add(p.id());
                Steps.flatten(p.steps()).stream().map(Step::id).forEach(ids::add);
            });
            case COMMAND -> ids.addAll(Command.words());
            case EXPRESSION -> {
                return PathCompleter.complete(word, executor.scope().variables());
            }
            default -> {
                return List.of();
            }
        }
        return ids.stream().filter(id -> id.startsWith(word)).toList();
    }
}
