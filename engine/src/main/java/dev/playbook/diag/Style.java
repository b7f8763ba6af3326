package dev.playbook.diag;

/** ANSI colours when writing to a terminal without NO_COLOR; plain text otherwise. */
public record Style(boolean color) {

    public static Style detect() {
        return new Style(System.console() != null && System.getenv("NO_COLOR") == null);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
