package io.unionhub.kit.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Localised messages, English or Simplified Chinese. A key is looked up in the service's {@code i18n/messages}
 * bundle first, then in the kit's {@code i18n/kit-messages}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/kit-messages");

    private Messages() {
    }

    /**
     * The supported locale that best matches an {@code Accept-Language} header: Chinese when the caller wants
     * {@code zh} more than {@code en} (or only through {@code *}), else English. Never fails: a header that cannot be read (a garbage weight, odd characters) means English.
     */
    public static Locale supported(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        // the caller's most wanted range that admits English or Chinese decides; q=0 means "not this one", and "*"
        // admits what the header does not name
        Set<String> named = ranges.stream().map(range -> range.getRange().split("-", 2)[0]).collect(Collectors.toSet());
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() == 0) {
                continue;
            }
            if ("zh".equals(language)) {
                return CHINESE;
            }
            if ("en".equals(language) || "*".equals(language) && !named.contains("en")) {
                return Locale.ENGLISH;
            }
            if ("*".equals(language) && !named.contains("zh")) {
                return CHINESE;
            }
        }
        return Locale.ENGLISH;
    }

    public static String get(Locale locale, String key, Object... args) {
        for (String bundleName : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale).format(args);
                }
            } catch (MissingResourceException e) {
                // this bundle does not exist here (a service without messages of its own): try the next
            }
        }
        return key;
    }
}
