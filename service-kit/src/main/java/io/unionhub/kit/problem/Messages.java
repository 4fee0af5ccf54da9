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

    /** The supported locale that best matches the caller's preference: Chinese for any {@code zh}, else English. */
    public static Locale supported(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
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
