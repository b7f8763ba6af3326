package dev.playbook.model;

import java.time.Duration;

/**
 * A retry policy as written; absent fields are null and fall back to {@code defaults.retry},
 * then to {@link #BUILT_IN}.
 */
public record Retry(Integer attempts, Duration delay, Double backoff, Duration maxDelay, Boolean jitter,
                    Expression retryIf, SourcePos pos) {

    public static final Retry BUILT_IN = new Retry(1, Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), true, null, null);

    /** The policy a step retries with: its own over {@code defaults.retry} over {@link #BUILT_IN}. */
    public static Retry effective(StepCommon step, Defaults defaults) {
        Retry base = step.retry() == null ? defaults.retry() : step.retry().over(defaults.retry());
        return base == null ? BUILT_IN : base.over(BUILT_IN);
    }

    /** Fields of this policy, missing ones taken from {@code fallback}. */
    public Retry over(Retry fallback) {
        if (fallback == null) {
            return this;
        }
        return new Retry(
                attempts != null ? attempts : fallback.attempts,
                delay != null ? delay : fallback.delay,
                backoff != null ? backoff : fallback.backoff,
                maxDelay != null ? maxDelay : fallback.maxDelay,
                jitter != null ? jitter : fallback.jitter,
                retryIf != null ? retryIf : fallback.retryIf,
                pos != null ? pos : fallback.pos);
    }
}
