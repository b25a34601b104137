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

    /** Line breaks copied in from a bad value or key are shown as {@code \n}, so the message stays one line. */
    private static String oneLine(String message) {
        return message == null ? null : message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** The dotted key of the parameter at fault, or null when the mistake is not in one parameter. */
    public String key() {
        return key;
    }
}
