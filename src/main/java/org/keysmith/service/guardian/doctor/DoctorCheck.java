package org.keysmith.service.guardian.doctor;

/**
 * One line of a doctor report: what was checked, the verdict and a sentence that says what was found and, for a
 * warning or a fault, what to do. Never holds a secret: the sentences are built from OKX's error codes, the key's
 * public fields and this computer's address only.
 */
public record DoctorCheck(Topic topic, Verdict verdict, String message) {
    /** What a check is about, in the order a report lists them. */
    public enum Topic {
        CLOCK("clock"),
        SITE("site"),
        ENVIRONMENT("environment"),
        API_KEY("api key"),
        PASSPHRASE("passphrase"),
        SECRET_KEY("secret key"),
        IP("ip allowlist"),
        PERMISSIONS("permissions"),
        ACCOUNT("account"),
        EXPIRY("idle expiry"),
        EXCHANGE("exchange");

        private final String label;

        Topic(String label) {
            this.label = label;
        }

        /** The word the CLI and the JSON use. */
        public String label() {
            return label;
        }
    }

    /** OK, a risk worth knowing (the key works), or a fault (something is wrong). */
    public enum Verdict { OK, WARNING, FAULT }

    static DoctorCheck ok(Topic t, String message) {
        return new DoctorCheck(t, Verdict.OK, message);
    }

    static DoctorCheck warning(Topic t, String message) {
        return new DoctorCheck(t, Verdict.WARNING, message);
    }

    static DoctorCheck fault(Topic t, String message) {
        return new DoctorCheck(t, Verdict.FAULT, message);
    }
}
