package io.unionhub.employment.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the posting aggregate: facts of the board, no free text (title and description stay in the service). */
public final class PostingEvents {

    public static final EventType<PostingPublished> PUBLISHED =
            EventType.of("posting", "posting.published.v1", PostingPublished.class);
    public static final EventType<PostingChanged> CHANGED =
            EventType.of("posting", "posting.changed.v1", PostingChanged.class);
    public static final EventType<PostingEnded> EXPIRED =
            EventType.of("posting", "posting.expired.v1", PostingEnded.class);
    public static final EventType<PostingEnded> FILLED =
            EventType.of("posting", "posting.filled.v1", PostingEnded.class);
    public static final EventType<PostingEnded> CLOSED =
            EventType.of("posting", "posting.closed.v1", PostingEnded.class);

    private PostingEvents() {
    }

    public record PostingPublished(UUID postingId, UUID employerId, String tradeCode, String district,
            EmploymentType employmentType, int openings, BigDecimal wageMin, BigDecimal wageMax, WageUnit wageUnit,
            LocalDate validThrough) {

        static PostingPublished of(Posting p) {
            return new PostingPublished(p.id, p.employerId, p.tradeCode, p.district, p.employmentType, p.openings,
                    p.wageMin, p.wageMax, p.wageUnit, p.validThrough);
        }
    }

    /** The posting as it is after the change (its openings may have grown or shrunk). */
    public record PostingChanged(UUID postingId, UUID employerId, String tradeCode, String district,
            EmploymentType employmentType, int openings, BigDecimal wageMin, BigDecimal wageMax, WageUnit wageUnit,
            LocalDate validThrough) {

        static PostingChanged of(Posting p) {
            return new PostingChanged(p.id, p.employerId, p.tradeCode, p.district, p.employmentType, p.openings,
                    p.wageMin, p.wageMax, p.wageUnit, p.validThrough);
        }
    }

    /** Off the board: filled, expired or closed, with the hires it made. */
    public record PostingEnded(UUID postingId, UUID employerId, String tradeCode, int openings, int hired) {

        static PostingEnded of(Posting p) {
            return new PostingEnded(p.id, p.employerId, p.tradeCode, p.openings, p.hired);
        }
    }
}
