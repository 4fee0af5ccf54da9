package io.unionhub.employment.posting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.trade.Trade;

/**
 * A posting as schema.org's JobPosting (JSON-LD), the shape job boards and search engines read: the hiring
 * organisation is the employer's public name and credit code, never its contact. {@code status} and
 * {@code openingsLeft} are the board's own.
 */
@JsonPropertyOrder({ "@context", "@type" })
public record JobPostingView(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        UUID identifier,
        String title,
        String description,
        OffsetDateTime datePosted,
        LocalDate validThrough,
        LocalDate jobStartDate,
        EmploymentType employmentType,
        Organization hiringOrganization,
        Place jobLocation,
        MonetaryAmount baseSalary,
        String occupationalCategory,
        String tradeCode,
        List<String> skills,
        List<String> qualifications,
        int totalJobOpenings,
        int openingsLeft,
        PostingStatus status) {

    public record Organization(@JsonProperty("@type") String type, String name, String identifier) {
    }

    public record Place(@JsonProperty("@type") String type, Address address) {
    }

    public record Address(@JsonProperty("@type") String type, String addressRegion, String addressCountry) {
    }

    public record MonetaryAmount(@JsonProperty("@type") String type, String currency, QuantitativeValue value) {
    }

    public record QuantitativeValue(@JsonProperty("@type") String type, BigDecimal minValue, BigDecimal maxValue,
            WageUnit unitText) {
    }

    public static JobPostingView of(Posting p, Employer employer, Trade trade) {
        return new JobPostingView("https://schema.org", "JobPosting", p.id, p.title, p.description, p.datePosted,
                p.validThrough, p.startsOn, p.employmentType,
                new Organization("Organization", employer.name, employer.creditCode),
                new Place("Place", new Address("PostalAddress", p.district, "CN")),
                new MonetaryAmount("MonetaryAmount", "CNY",
                        new QuantitativeValue("QuantitativeValue", p.wageMin, p.wageMax, p.wageUnit)),
                trade.code + " " + trade.nameZh, trade.code, p.skills, p.certificates, p.openings, p.openingsLeft(),
                p.status);
    }
}
