package dateline.article;

/**
 * A cheap guess at an article's language from the scripts its letters are written in. Dateline's models are
 * English; the point is to refuse, clearly, to code text that is plainly not in a Latin script, rather than to
 * produce garbage events from it.
 */
final class Scripts {
    private Scripts() {
    }

    /**
     * "en" when most letters are Latin; otherwise a code for the dominant script: "ar" (Arabic script, with "fa"
     * when Persian-only letters appear), "zh", "ja", "ko", "ru" (Cyrillic), "he", "el", or "und".
     */
    static String guessLanguage(String text) {
        int latin = 0;
        int arabic = 0;
        int persian = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int hebrew = 0;
        int greek = 0;
        int other = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case ARABIC -> {
                    arabic++;
                    if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') {
                        persian++;
                    }
                }
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case HEBREW -> hebrew++;
                case GREEK -> greek++;
                default -> other++;
            }
        }
        int total = latin + arabic + han + kana + hangul + cyrillic + hebrew + greek + other;
        if (total == 0 || latin * 2 >= total) {
            return "en";
        }
        int max = Math.max(Math.max(Math.max(arabic, han + kana), Math.max(hangul, cyrillic)), Math.max(hebrew, greek));
        if (max == arabic) {
            return persian * 20 > arabic ? "fa" : "ar";
        }
        if (max == han + kana) {
            return kana > 0 ? "ja" : "zh";
        }
        if (max == hangul) {
            return "ko";
        }
        if (max == cyrillic) {
            return "ru";
        }
        if (max == hebrew) {
            return "he";
        }
        return max == greek ? "el" : "und";
    }
}
