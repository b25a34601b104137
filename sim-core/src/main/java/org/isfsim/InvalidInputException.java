package org.isfsim;

/**
 * A mistake in what the user gave isf-sim: a parameter out of range, an unknown key, a bad file.
 * Its message is one line naming the file or key, the bad value and what is allowed; the command
 * line turns it into exit status 2 without a stack trace.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
