package org.keysmith.service.guardian.doctor;

import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.UserFacingException;

/**
 * Where the doctor sends a key's read-only probe for a place and environment. The app uses the vault's connection
 * for that site (or OKX's public address for it); tests put a Sandbox behind each site.
 */
@FunctionalInterface
public interface DoctorSites {
    Connection at(KeyPlace place, Environment env) throws UserFacingException;
}
