package io.unionhub.kit.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request limits every UnionHub HTTP process answers as problems ({@code unionhub.http.*}). */
@ConfigMapping(prefix = "unionhub.http")
public interface WebConfig {

    /** The longest request target (path and query) answered; longer is a 414 problem. */
    @WithDefault("4096")
    int maxRequestTarget();

    /** The most header bytes answered; more is a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
