package io.unionhub.kit.problem;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches a failure's whole chain: causes and suppressed exceptions (a failure at commit reaches the caller
 * suppressed by the transaction manager's rollback, not as its cause), each once.
 */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of the chain that matches, breadth-first from the failure itself. */
    public static Optional<Throwable> find(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toSee = new ArrayDeque<>();
        toSee.add(failure);
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (matches.test(cause)) {
                return Optional.of(cause);
            }
            if (cause.getCause() != null) {
                toSee.add(cause.getCause());
            }
            toSee.addAll(java.util.List.of(cause.getSuppressed()));
        }
        return Optional.empty();
    }

    /** The first throwable of this type in the chain, or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return find(failure, type::isInstance).map(type::cast).orElse(null);
    }
}
