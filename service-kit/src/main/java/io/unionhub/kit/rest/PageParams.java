package io.unionhub.kit.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}, size at most 100, page at most 100,000: use as {@code @BeanParam @Valid PageParams page}. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
