package org.isfsim.model.coordination;

/** Hands a tasking that has taken effect to the unit it names. */
@FunctionalInterface
public interface TaskingRecipient {
    void deliver(Tasking tasking);
}
