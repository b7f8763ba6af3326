package dev.playbook.lint;

import dev.playbook.lint.ExpressionSite.Where;
import dev.playbook.model.ActionCall;
import dev.playbook.model.ActionStep;
import dev.playbook.model.Check;
import dev.playbook.model.Expression;
import dev.playbook.model.ManualStep;
import dev.playbook.model.ParallelStep;
import dev.playbook.model.Phase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Step;
import dev.playbook.model.StepCommon;
import dev.playbook.model.StepVisitor;
import dev.playbook.model.Steps;
import dev.playbook.model.Template;
import dev.playbook.model.Var;
import dev.playbook.model.VerifyStep;
import dev.playbook.model.WaitStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walks one playbook and calls every rule's visits: begin, then vars and defaults expressions,
 * then each phase with its steps (a step, then its expressions), the rollback steps, then end.
 */
final class Walker {

    private Walker() {
    }

    /** The steps of a playbook with their places, in the order the walk visits them. */
    static List<StepSite> sites(Playbook playbook) {
        List<StepSite> out = new ArrayList<>();
        for (Phase phase : playbook.phases()) {
            addSites(phase.steps(), phase, out);
        }
        addSites(playbook.rollback(), null, out);
        return out;
    }

    private static void addSites(List<Step> steps, Phase phase, List<StepSite> out) {
        List<Step> inOrder = new ArrayList<>();
        for (Step step : steps) {
            inOrder.add(step);
            inOrder.addAll(step.branches());
        }
        List<Step> ended = Collections.unmodifiableList(inOrder);
        int done = 0;
        for (Step step : steps) {
            List<Step> before = ended.subList(0, done);
            out.add(new StepSite(step, phase, null, out.size(), before));
            Steps.as(step, ParallelStep.class).ifPresent(parallel -> {
                for (Step branch : parallel.branches()) {
                    out.add(new StepSite(branch, phase, parallel, out.size(), before));
                }
            });
            done += 1 + step.branches().size();
        }
    }

    static void walk(LintFile file, List<StepSite> sites, List<Rule> rules) {
        rules.forEach(rule -> rule.attach(file));
        rules.forEach(Rule::begin);
        Playbook playbook = file.playbook();
        for (Var var : playbook.vars().values()) {
            for (Template template : var.value().templates()) {
                visit(template, Where.VAR, null, var.name(), rules);
            }
        }
        visit(playbook.defaults().region(), Where.DEFAULTS, null, null, rules);
        if (playbook.defaults().retry() != null) {
            visit(playbook.defaults().retry().retryIf(), Where.RETRY_IF, null, null, rules);
        }
        Phase current = null;
        for (StepSite site : sites) {
            if (site.phase() != null && site.phase() != current) {
                current = site.phase();
                for (Rule rule : rules) {
                    rule.phase(current);
                }
            }
            for (Rule rule : rules) {
                rule.step(site);
            }
            expressions(site, rules);
        }
        rules.forEach(Rule::end);
    }

    /** The same expressions as {@link Steps#expressions}, each with the field it is in. */
    private static void expressions(StepSite site, List<Rule> rules) {
        Step step = site.step();
        StepCommon c = step.common();
        visit(c.when(), Where.WHEN, site, rules);
        visit(c.title(), Where.TEMPLATE, site, null, rules);
        visit(c.region(), Where.TEMPLATE, site, null, rules);
        if (c.retry() != null) {
            visit(c.retry().retryIf(), Where.RETRY_IF, site, rules);
        }
        ActionCall call = Steps.call(step);
        if (call != null && call.with() != null) {
            for (Template template : call.with().templates()) {
                visit(template, Where.TEMPLATE, site, null, rules);
            }
        }
        step.accept(new StepVisitor<Void>() {
            @Override
            public Void action(ActionStep action) {
                visit(action.expect(), Where.EXPECT, site, rules);
                return null;
            }

            @Override
            public Void waitFor(WaitStep wait) {
                visit(wait.until(), Where.UNTIL, site, rules);
                return null;
            }

            @Override
            public Void verify(VerifyStep verify) {
                for (Check check : verify.checks()) {
                    visit(check.that(), Where.CHECK, site, rules);
                }
                return null;
            }

            @Override
            public Void manual(ManualStep manual) {
                visit(manual.instructions(), Where.TEMPLATE, site, null, rules);
                return null;
            }

            @Override
            public Void parallel(ParallelStep parallel) {
                return null;
            }
        });
    }

    private static void visit(Template template, Where where, StepSite site, String var, List<Rule> rules) {
        if (template != null) {
            for (Expression expression : template.expressions()) {
                visit(expression, where, site, var, rules);
            }
        }
    }

    private static void visit(Expression expression, Where where, StepSite site, List<Rule> rules) {
        visit(expression, where, site, null, rules);
    }

    private static void visit(Expression expression, Where where, StepSite site, String var, List<Rule> rules) {
        if (expression == null) {
            return;
        }
        ExpressionSite at = new ExpressionSite(expression, where, site, var, References.of(expression));
        for (Rule rule : rules) {
            rule.expression(at);
        }
    }
}
