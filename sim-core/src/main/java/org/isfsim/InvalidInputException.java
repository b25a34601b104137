package org.isfsim;

/**
 * A mistake in what the user gave isf-sim: a parameter out of range, an unknown key, a bad file.
 * Its message is one line naming the file or key, the bad value and what is allowed; the command
 * line turns it into exit status 2 without a stack trace. When the mistake is in one parameter,
 * {@link #key()} names it, so a scenario file can point at its line.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidInputException(String message) {
        this(message, null, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** A mistake in the parameter {@code key} (dotted, e.g. {@code force.battalionSize}). */
    public InvalidInputException(String message, String key, Throwable cause) {
        super(oneLine(message), cause);
        this.key = key;
    }

    /**
     * Line breaks copied in from a bad value or key are shown as {@code \n}, and other control
     * characters as {@code \u0000}-style escapes, so the message stays one printable line.
     */
    private static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        String text = message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t') {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The dotted key of the parameter at fault, or null when the mistake is not in one parameter. */
    public String key() {
        return key;
    }
}
