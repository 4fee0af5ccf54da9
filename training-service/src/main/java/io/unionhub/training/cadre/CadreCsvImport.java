package io.unionhub.training.cadre;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.unionhub.kit.problem.Problem.FieldError;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.training.cadre.CadreService.NewCadre;

/**
 * Imports a CSV of cadres (UTF-8, header row; columns memberId, name, unionUnit, unitType, district, role,
 * appointedOn). Every row is checked first; then either all good rows are registered in one transaction, or, when
 * the import is atomic (the default) and any row is bad, none is. Each rejected row is reported with its line and
 * reasons.
 */
@ApplicationScoped
public class CadreCsvImport {

    static final List<String> COLUMNS = List.of("memberId", "name", "unionUnit", "unitType", "district", "role",
            "appointedOn");
    private static final int MAX_ROWS = 50_000;

    @Inject
    CadreService cadres;

    public record RejectedRow(long line, String memberId, List<String> reasons) {
    }

    public record ImportReport(int rows, int imported, List<RejectedRow> rejected) {
    }

    public ImportReport importCsv(Reader csv, boolean atomic) {
        Map<Long, NewCadre> valid = new LinkedHashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> seenMemberIds = new HashMap<>();
        int rows = 0;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            boolean more = it.hasNextValue(); // reads the header row too
            checkHeader((CsvSchema) it.getParser().getSchema());
            for (; more; more = it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                long line = ++rows + 1; // the header is line 1
                if (rows > MAX_ROWS) {
                    throw new ProblemException(ProblemType.BAD_REQUEST, "cadre.import.too-many-rows", MAX_ROWS);
                }
                List<String> reasons = new ArrayList<>();
                NewCadre cadre = parse(row, reasons, cadres.today());
                Long earlier = cadre == null ? null : seenMemberIds.putIfAbsent(cadre.memberId(), line);
                if (earlier != null) {
                    reasons.add("memberId also on line " + earlier);
                }
                if (reasons.isEmpty()) {
                    valid.put(line, cadre);
                } else {
                    rejected.add(new RejectedRow(line, row.get("memberId"), reasons));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.BAD_REQUEST, "cadre.import.unreadable");
        }
        rejectAlreadyRegistered(valid, rejected);
        rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        if (atomic && !rejected.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "cadre.import.rejected", rejected.size(), rows)
                    .withErrors(rejected.stream().map(r -> new FieldError("line " + r.line(),
                            String.join("; ", r.reasons()))).toList());
        }
        int imported = cadres.registerAll(List.copyOf(valid.values()));
        return new ImportReport(rows, imported, rejected);
    }

    private static void checkHeader(CsvSchema schema) {
        Set<String> present = new HashSet<>();
        schema.forEach(column -> present.add(column.getName()));
        List<String> missing = COLUMNS.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "cadre.import.missing-columns",
                    String.join(", ", missing));
        }
    }

    private void rejectAlreadyRegistered(Map<Long, NewCadre> valid, List<RejectedRow> rejected) {
        Set<String> registered = new HashSet<>(cadres.registeredMemberIds(
                valid.values().stream().map(NewCadre::memberId).toList()));
        valid.entrySet().removeIf(entry -> {
            if (registered.contains(entry.getValue().memberId())) {
                rejected.add(new RejectedRow(entry.getKey(), entry.getValue().memberId(),
                        List.of("memberId is already registered")));
                return true;
            }
            return false;
        });
    }

    private static NewCadre parse(Map<String, String> row, List<String> reasons, LocalDate today) {
        String memberId = required(row, "memberId", 64, reasons);
        String name = required(row, "name", 100, reasons);
        String unit = required(row, "unionUnit", 200, reasons);
        String district = required(row, "district", 100, reasons);
        UnitType unitType = oneOf(UnitType.class, row, "unitType", reasons);
        CadreRole role = oneOf(CadreRole.class, row, "role", reasons);
        LocalDate appointedOn = null;
        String date = required(row, "appointedOn", 10, reasons);
        if (date != null) {
            try {
                appointedOn = LocalDate.parse(date);
                if (appointedOn.isAfter(today)) {
                    reasons.add("appointedOn is in the future");
                }
            } catch (DateTimeParseException e) {
                reasons.add("appointedOn must be a date like 2025-03-01");
            }
        }
        return reasons.isEmpty() ? new NewCadre(memberId, name, unit, unitType, district, role, appointedOn) : null;
    }

    private static String required(Map<String, String> row, String column, int maxLength, List<String> reasons) {
        String value = row.get(column) == null ? "" : row.get(column).strip();
        if (value.isEmpty()) {
            reasons.add(column + " is missing");
            return null;
        }
        if (value.length() > maxLength) {
            reasons.add(column + " is longer than " + maxLength);
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, Map<String, String> row, String column,
            List<String> reasons) {
        String value = required(row, column, 40, reasons);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            reasons.add(column + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
