package io.unionhub.kit.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
     * The supported locale that best matches an {@code Accept-Language} header: Chinese for any {@code zh}, else
     * English. Never fails: a header that cannot be read (a garbage weight, odd characters) means English.
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
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue; // q=0: "not this one"
            }
            String language = range.getRange().split("-", 2)[0];
            if ("zh".equals(language)) {
                return CHINESE;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
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
