package io.unionhub.training.cadre;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.unionhub.kit.input.StorableInput;
import io.unionhub.kit.problem.Problem.FieldError;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.training.cadre.CadreService.NewCadre;

/**
 * Imports a CSV of cadres (UTF-8, header row; columns memberId, name, unionUnit, unitType, district, role,
 * appointedOn; strictly UTF-8, an Excel byte order mark allowed). Every row is checked first, each on its own (a
 * row with the wrong number of columns is one rejected row, empty lines are skipped); then either all good rows are
 * registered in one transaction, or, when the import is atomic (the default) and any row is bad, none is. Each
 * rejected row is reported with its line in the file and its reasons.
 */
@ApplicationScoped
public class CadreCsvImport {

    static final List<String> COLUMNS = List.of("memberId", "name", "unionUnit", "unitType", "district", "role",
            "appointedOn");
    private static final int MAX_ROWS = 20_000;

    @Inject
    CadreService cadres;

    public record RejectedRow(long line, String memberId, List<String> reasons) {
    }

    public record ImportReport(int rows, int imported, List<RejectedRow> rejected) {
    }

    public ImportReport importCsv(InputStream csv, boolean atomic) {
        Map<Long, NewCadre> valid = new LinkedHashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> seenMemberIds = new HashMap<>();
        int rows = 0;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(strictUtf8(csv))) {
            List<String> header = it.hasNextValue() ? headerOf(it.nextValue()) : List.of();
            checkHeader(header);
            while (it.hasNextValue()) {
                // the parser places a row's start at the end of the line before it
                long line = it.getParser().currentTokenLocation().getLineNr() + 1;
                String[] cells = it.nextValue();
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue; // an empty line, such as the one many editors leave at the end
                }
                if (++rows > MAX_ROWS) {
                    throw new ProblemException(ProblemType.BAD_REQUEST, "cadre.import.too-many-rows", MAX_ROWS);
                }
                List<String> reasons = new ArrayList<>();
                NewCadre cadre = null;
                if (cells.length != header.size()) {
                    reasons.add("has " + cells.length + " columns, the header " + header.size()
                            + " (a comma inside a value needs quotes)");
                } else {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        row.put(header.get(i), cells[i]);
                    }
                    cadre = parse(row, reasons, cadres.today());
                }
                Long earlier = cadre == null ? null : seenMemberIds.putIfAbsent(cadre.memberId(), line);
                if (earlier != null) {
                    reasons.add("memberId also on line " + earlier);
                }
                if (reasons.isEmpty()) {
                    valid.put(line, cadre);
                } else {
                    rejected.add(new RejectedRow(line, cells.length > 0 ? cells[0] : null, reasons));
                }
            }
        } catch (IOException e) {
            // not CSV, or not UTF-8: anything else is a bug and is answered as one
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

    /** UTF-8 or nothing: a GBK export must be refused, not imported as question marks. */
    private static Reader strictUtf8(InputStream csv) {
        return new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The header's column names; Excel's "CSV UTF-8" starts the file with a byte order mark. */
    private static List<String> headerOf(String[] cells) {
        List<String> header = new ArrayList<>();
        for (String cell : cells) {
            header.add(cell.replace("\uFEFF", "").strip());
        }
        return header;
    }

    private static void checkHeader(List<String> header) {
        Set<String> present = new HashSet<>(header);
        if (present.size() < header.size()) {
            // two columns of one name: which one holds the value would be a guess
            throw new ProblemException(ProblemType.BAD_REQUEST, "cadre.import.duplicate-columns");
        }
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
                } else if (!StorableInput.storableYear(appointedOn)) {
                    reasons.add("appointedOn must be in the years 1 to 9999");
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
        if (StorableInput.textProblem(value) != null) {
            reasons.add(column + " holds a NUL character or is not valid Unicode");
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
