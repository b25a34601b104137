package org.isfsim.experiment.engine;

/**
 * A sweep engine gave up on some runs for a reason outside the model (an executor lost again and again,
 * a job cancelled), after writing the runs before them. Its message is one line for the user, saying
 * which runs and how to go on (usually {@code --resume}); the command line prints it without a stack
 * trace and ends with status 1. A run whose model throws is not this: it is written {@code failed: …}.
 */
public class SweepAbandonedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SweepAbandonedException(String message, Throwable cause) {
        super(message == null ? null : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), cause);
    }
}
