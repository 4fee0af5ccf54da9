package io.unionhub.employment.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into the terms the board's full-text index holds: each run of Chinese characters into overlapping
 * bigrams (电焊工 → 电焊 焊工), as Lucene's CJK analyzer does, and other letters and digits into lower-case words.
 * PostgreSQL's own parsers do not segment Chinese (a sentence would be one word) and the Chinese dictionaries
 * (zhparser, pg_jieba) are extensions a managed database may not offer; bigrams need nothing but the built-in
 * {@code simple} configuration, and match any query of two or more characters.
 */
public final class PostingSearchText {

    private PostingSearchText() {
    }

    /** The index's terms for a document, space-separated, in order (so that adjacent bigrams stay adjacent). */
    public static String tokens(String... texts) {
        List<String> tokens = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                for (List<String> run : runs(text)) {
                    tokens.addAll(run);
                }
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * A tsquery for free text: the bigrams of one Chinese run must follow each other ({@code <->}), runs and words are
     * all required ({@code &}); a lone Chinese character matches the terms that start with it. Terms are quoted, so
     * nothing in the query is read as tsquery syntax. Empty when the text holds no letter or digit.
     */
    public static String query(String text) {
        List<String> parts = new ArrayList<>();
        for (List<String> run : runs(text)) {
            List<String> quoted = run.stream().map(PostingSearchText::quoted).toList();
            if (run.size() == 1 && isCjk(run.get(0).codePointAt(0)) && run.get(0).codePointCount(0,
                    run.get(0).length()) == 1) {
                parts.add(quoted.get(0) + ":*");
            } else {
                parts.add(quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" <-> ", quoted) + ")");
            }
        }
        return String.join(" & ", parts);
    }

    private static String quoted(String term) {
        return "'" + term.replace("'", "''").replace("\\", "\\\\") + "'";
    }

    /** Runs of Chinese characters as bigrams (a lone character as itself), and words, in text order. */
    private static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        List<Integer> cjk = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, runs);
                cjk.add(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, runs);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, runs);
                flushCjk(cjk, runs);
            }
        }
        flushWord(word, runs);
        flushCjk(cjk, runs);
        return runs;
    }

    private static void flushWord(StringBuilder word, List<List<String>> runs) {
        if (!word.isEmpty()) {
            runs.add(List.of(word.toString().toLowerCase(Locale.ROOT)));
            word.setLength(0);
        }
    }

    private static void flushCjk(List<Integer> cjk, List<List<String>> runs) {
        if (cjk.isEmpty()) {
            return;
        }
        List<String> bigrams = new ArrayList<>();
        if (cjk.size() == 1) {
            bigrams.add(Character.toString(cjk.get(0)));
        }
        for (int k = 0; k + 1 < cjk.size(); k++) {
            bigrams.add(Character.toString(cjk.get(k)) + Character.toString(cjk.get(k + 1)));
        }
        runs.add(bigrams);
        cjk.clear();
    }

    private static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
