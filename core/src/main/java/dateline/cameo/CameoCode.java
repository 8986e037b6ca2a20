package dateline.cameo;

/**
 * One CAMEO event code with what Dateline reports about it.
 *
 * @param code           the code in CAMEO 1.1b3 manual numbering ("1053"); roots have two digits ("10")
 * @param name           its name ("Demand release of persons or property")
 * @param goldstein      Goldstein conflict-cooperation weight, -10 to +10
 * @param quadClass      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverCategory PLOVER event category ("REQUEST"), or null where the crosswalk has none (roots 01, 02)
 * @param ploverMode     PLOVER mode ("yield"), or null
 * @param ploverContext  PLOVER context(s) ("legal"), or null
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String ploverCategory,
        String ploverMode, String ploverContext) {

    /** The two-digit root of a code ("1053" gives "10"). */
    public String root() {
        return rootOf(code);
    }

    /** Whether this is a root code (two digits). */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /** The two-digit root of any code string. */
    public static String rootOf(String code) {
        return code.substring(0, 2);
    }
}
