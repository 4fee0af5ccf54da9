package io.unionhub.kit.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a list (`?status=&category=`) as one Panache query: each filter given adds its condition,
 * one left out adds nothing. {@code Entity.find(filters.query(), sort, filters.params())}.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (naming {@code :param}) when the value is given. */
    public Filters and(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** The conditions joined; every row when none was given. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
