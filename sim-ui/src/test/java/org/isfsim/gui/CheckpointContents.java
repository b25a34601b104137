package org.isfsim.gui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.invoke.SerializedLambda;
import java.util.ArrayList;
import java.util.List;

/**
 * What a GUI's checkpoint would hold that it must not: a checkpoint binds to named model classes only, so
 * neither a serialised lambda (restored by the synthetic name of its method) nor anything of the GUI.
 */
final class CheckpointContents {
    private CheckpointContents() {
    }

    /** The lambdas and {@code org.isfsim.gui} objects met while serialising {@code model}, by name. */
    static List<String> lambdasAndGuiObjects(Object model) throws IOException {
        List<String> found = new ArrayList<>();
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream()) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                if (obj instanceof SerializedLambda lambda) {
                    found.add(lambda.getCapturingClass() + "." + lambda.getImplMethodName());
                } else if (obj.getClass().getName().startsWith("org.isfsim.gui.")) {
                    found.add(obj.getClass().getName());
                }
                return obj;
            }
        }) {
            out.writeObject(model);
        }
        return found;
    }
}
