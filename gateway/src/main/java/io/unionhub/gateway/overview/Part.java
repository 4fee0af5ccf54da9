package io.unionhub.gateway.overview;

import io.vertx.core.json.JsonObject;

/** One program's part of an overview: complete with its data, missing with a reason, or not for this caller. */
record Part(JsonObject json, boolean missing) {

    static final Part NOT_APPLICABLE = new Part(new JsonObject().put("status", "not-applicable"), false);

    static Part complete(JsonObject data) {
        return new Part(new JsonObject().put("status", "complete").mergeIn(data), false);
    }

    /**
     * @param reason {@code timeout} (late), {@code unreachable}, {@code silent}, {@code broken} or {@code paused} (as
     *               the proxy would answer), {@code refused} (401/403) or {@code failed} (another answer)
     */
    static Part missing(String reason, String detail) {
        return new Part(new JsonObject().put("status", "missing").put("reason", reason).put("detail", detail), true);
    }
}
