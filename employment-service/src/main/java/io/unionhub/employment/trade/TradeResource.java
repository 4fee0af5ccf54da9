package io.unionhub.employment.trade;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;

@Path("/api/employment/trades")
@Tag(name = "Trades", description = "The trades of the national occupational classification the board uses")
public class TradeResource {

    public record TradeView(String code, String nameZh, String nameEn, String category) {
        static TradeView of(Trade trade) {
            return new TradeView(trade.code, trade.nameZh, trade.nameEn, trade.category);
        }
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTrades", summary = "Every trade, by code (public: the board's filter needs it)")
    public List<TradeView> list(@QueryParam("category") String category) {
        List<Trade> trades = category == null ? Trade.listAll(Sort.by("code"))
                : Trade.list("category", Sort.by("code"), category);
        return trades.stream().map(TradeView::of).toList();
    }
}
