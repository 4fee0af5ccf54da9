package io.unionhub.kit.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, as every list endpoint answers: {@code {items, page, size, total}}. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    /** Runs the query for one page and maps each entity to its view. */
    public static <E, T> PageOf<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> view) {
        List<T> items = query.page(params.page(), params.size()).list().stream().map(view).toList();
        return new PageOf<>(items, params.page(), params.size(), query.count());
    }

    /** A page cut from a list already in memory. */
    public static <T> PageOf<T> of(List<T> all, PageParams params) {
        int from = Math.min(all.size(), params.page() * params.size());
        int to = Math.min(all.size(), from + params.size());
        return new PageOf<>(all.subList(from, to), params.page(), params.size(), all.size());
    }

    public <R> PageOf<R> map(Function<T, R> view) {
        return new PageOf<>(items.stream().map(view).toList(), page, size, total);
    }
}
