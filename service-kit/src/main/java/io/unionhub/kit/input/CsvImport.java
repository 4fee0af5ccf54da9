package io.unionhub.kit.input;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.unionhub.kit.problem.Problem.FieldError;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;

/**
 * Reads a bulk import's CSV (UTF-8, header row; strictly UTF-8, an Excel byte order mark allowed). Every row is
 * checked on its own (a row with the wrong number of columns is one rejected row, empty lines are skipped, a row
 * repeating an earlier row's key is rejected); the caller then registers the good rows, or, for an atomic import
 * with any bad row, calls {@link Checked#refuseIfAtomic} and nothing is registered. Each rejected row is reported with
 * its line in the file and its reasons.
 *
 * @param <T> what a good row becomes
 */
public final class CsvImport<T> {

    /** A row turned into {@code T}, or {@code null} with the reasons added to the list. */
    @FunctionalInterface
    public interface RowParser<T> {
        T parse(Row row, List<String> reasons);
    }

    /** A row refused: its line in the file, the value in its key column (as written), and why. */
    public record RejectedRow(long line, String key, List<String> reasons) {
    }

    public record ImportReport(int rows, int imported, List<RejectedRow> rejected) {
    }

    private final List<String> columns;
    private final int maxRows;
    private final RowParser<T> parser;
    private final String keyColumn;
    private final Function<T, String> key;

    /**
     * @param columns the columns the header must name (others are allowed and ignored)
     * @param keyColumn the column whose value two rows may not share (e.g. a member id)
     * @param key that value, read from a good row
     */
    public CsvImport(List<String> columns, int maxRows, RowParser<T> parser, String keyColumn,
            Function<T, String> key) {
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        this.parser = parser;
        this.keyColumn = keyColumn;
        this.key = key;
    }

    /** The rows of a file, checked: the good ones by line, the bad ones with their reasons. */
    public static final class Checked<T> {
        private final int rows;
        private final Map<Long, T> valid;
        private final List<RejectedRow> rejected;
        private final Function<T, String> key;

        Checked(int rows, Map<Long, T> valid, List<RejectedRow> rejected, Function<T, String> key) {
            this.rows = rows;
            this.valid = valid;
            this.rejected = rejected;
            this.key = key;
        }

        /** The keys of the good rows, to look up which are taken already. */
        public List<String> keys() {
            return valid.values().stream().map(key).toList();
        }

        /** The good rows, in file order. */
        public List<T> valid() {
            return List.copyOf(valid.values());
        }

        /** Moves the good rows whose key is among these (e.g. already registered) to the rejected, with the reason. */
        public void rejectKeys(java.util.Collection<String> taken, String reason) {
            Set<String> refused = new HashSet<>(taken);
            valid.entrySet().removeIf(entry -> {
                String rowKey = key.apply(entry.getValue());
                if (refused.contains(rowKey)) {
                    rejected.add(new RejectedRow(entry.getKey(), rowKey, List.of(reason)));
                    return true;
                }
                return false;
            });
        }

        public List<RejectedRow> rejected() {
            List<RejectedRow> sorted = new ArrayList<>(rejected);
            sorted.sort(Comparator.comparingLong(RejectedRow::line));
            return sorted;
        }

        /** An atomic import with any bad row: 422, each bad line listed, nothing imported. */
        public void refuseIfAtomic(boolean atomic) {
            if (atomic && !rejected.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "csv.import.rejected", rejected.size(), rows)
                        .withErrors(rejected().stream().map(r -> new FieldError("line " + r.line(),
                                String.join("; ", r.reasons()))).toList());
            }
        }

        public ImportReport report(int imported) {
            return new ImportReport(rows, imported, rejected());
        }
    }

    public Checked<T> check(InputStream csv) {
        Map<Long, T> valid = new LinkedHashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> seenKeys = new HashMap<>();
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
                if (++rows > maxRows) {
                    throw new ProblemException(ProblemType.BAD_REQUEST, "csv.import.too-many-rows", maxRows);
                }
                List<String> reasons = new ArrayList<>();
                T parsed = null;
                if (cells.length != header.size()) {
                    reasons.add("has " + cells.length + " columns, the header " + header.size()
                            + " (a comma inside a value needs quotes)");
                } else {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        row.put(header.get(i), cells[i]);
                    }
                    parsed = parser.parse(new Row(row, reasons), reasons);
                }
                Long earlier = parsed == null ? null : seenKeys.putIfAbsent(key.apply(parsed), line);
                if (earlier != null) {
                    reasons.add(keyColumn + " also on line " + earlier);
                }
                if (reasons.isEmpty() && parsed != null) {
                    valid.put(line, parsed);
                } else {
                    // a row of the wrong width has no column to trust
                    String key = cells.length == header.size() ? cells[header.indexOf(keyColumn)].strip() : null;
                    rejected.add(new RejectedRow(line, key, reasons));
                }
            }
        } catch (IOException e) {
            // not CSV, or not UTF-8: anything else is a bug and is answered as one
            throw new ProblemException(ProblemType.BAD_REQUEST, "csv.import.unreadable");
        }
        return new Checked<>(rows, valid, rejected, key);
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

    private void checkHeader(List<String> header) {
        Set<String> present = new HashSet<>(header);
        if (present.size() < header.size()) {
            // two columns of one name: which one holds the value would be a guess
            throw new ProblemException(ProblemType.BAD_REQUEST, "csv.import.duplicate-columns");
        }
        List<String> missing = columns.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "csv.import.missing-columns",
                    String.join(", ", missing));
        }
    }

    /** One row's cells by column, with the checks every import makes; each failed check adds a reason. */
    public static final class Row {
        private final Map<String, String> cells;
        private final List<String> reasons;

        Row(Map<String, String> cells, List<String> reasons) {
            this.cells = cells;
            this.reasons = reasons;
        }

        /** The stripped value; missing, too long or not storable text is a reason and {@code null}. */
        public String required(String column, int maxLength) {
            String value = optional(column, maxLength);
            if (value == null && !reasonsName(column)) {
                reasons.add(column + " is missing");
            }
            return value;
        }

        /** The stripped value, {@code null} when empty; too long or not storable text is a reason. */
        public String optional(String column, int maxLength) {
            String value = cells.get(column) == null ? "" : cells.get(column).strip();
            if (value.isEmpty()) {
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

        /** A list in one cell, its items separated by {@code |}; each item at most {@code maxItemLength}. */
        public List<String> list(String column, int maxItems, int maxItemLength) {
            String value = optional(column, maxItems * (maxItemLength + 1));
            if (value == null) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().toList();
            if (items.size() > maxItems) {
                reasons.add(column + " holds more than " + maxItems + " items");
            } else if (items.stream().anyMatch(item -> item.length() > maxItemLength)) {
                reasons.add(column + " has an item longer than " + maxItemLength);
            }
            return items;
        }

        public <E extends Enum<E>> E oneOf(Class<E> type, String column) {
            String value = required(column, 40);
            return value == null ? null : enumValue(type, column, value);
        }

        public <E extends Enum<E>> List<E> listOf(Class<E> type, String column, int maxItems) {
            return list(column, maxItems, 40).stream().map(value -> enumValue(type, column, value)).toList();
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String column, String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                reasons.add(column + " must be one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /** An ISO date in the years 1 to 9999; {@code null} when the cell is empty and the date optional. */
        public LocalDate date(String column, boolean required) {
            String value = required ? required(column, 10) : optional(column, 10);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (!StorableInput.storableYear(date)) {
                    reasons.add(column + " must be in the years 1 to 9999");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                reasons.add(column + " must be a date like 2025-03-01");
                return null;
            }
        }

        /** {@code true}, {@code false} or (when optional) empty, which is {@code false}. */
        public boolean yesNo(String column) {
            String value = optional(column, 5);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            reasons.add(column + " must be true or false");
            return false;
        }

        public void reject(String reason) {
            reasons.add(reason);
        }

        private boolean reasonsName(String column) {
            return reasons.stream().anyMatch(reason -> reason.startsWith(column + " "));
        }
    }
}
