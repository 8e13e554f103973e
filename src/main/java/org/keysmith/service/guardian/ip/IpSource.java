package org.keysmith.service.guardian.ip;

import org.keysmith.domain.Connection;
import org.keysmith.service.UserFacingException;

/** Where the exchange behind a connection sees this computer (the public IP service in the app; tests inject one). */
@FunctionalInterface
public interface IpSource {
    /** Blocks on the network: off the FX thread. */
    String currentIp(Connection connection) throws UserFacingException;
}
