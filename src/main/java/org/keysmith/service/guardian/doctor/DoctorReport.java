package org.keysmith.service.guardian.doctor;

import java.util.List;
import java.util.Optional;
import org.keysmith.service.guardian.doctor.DoctorCheck.Topic;
import org.keysmith.service.guardian.doctor.DoctorCheck.Verdict;

/**
 * What the doctor found for one key: {@code subject} names it (the vault name, or the API key's first 8
 * characters for a pasted key: a public identifier), {@code workingSite} where the key was accepted (empty when
 * nowhere), and the checks in order.
 */
public record DoctorReport(String subject, String workingSite, List<DoctorCheck> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    public boolean hasFault() {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.FAULT);
    }

    public List<DoctorCheck> faults() {
        return checks.stream().filter(c -> c.verdict() == Verdict.FAULT).toList();
    }

    public Optional<DoctorCheck> check(Topic topic) {
        return checks.stream().filter(c -> c.topic() == topic).findFirst();
    }
}
