package org.keysmith.service.export;

/** Builds a {@link ChildEnvironment} by hand for tests outside this package. */
public final class TestEnvironments {
    private TestEnvironments() {
    }

    /** {@code secret} and {@code pass} are masked; {@code nameValues} are variable name, value pairs. */
    public static ChildEnvironment of(String secret, String pass, String... nameValues) {
        ChildEnvironment env = new ChildEnvironment();
        env.mask(secret.toCharArray());
        env.mask(pass.toCharArray());
        for (int i = 0; i < nameValues.length; i += 2) {
            env.put(nameValues[i], nameValues[i + 1]);
        }
        return env;
    }
}
