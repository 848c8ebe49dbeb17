package dev.prunelab.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from, as the rate limits count it. It is the peer of the connection, unless the app is
 * told it runs behind a proxy ({@code quarkus.http.proxy.proxy-address-forwarding=true} with
 * {@code allow-forwarded} or {@code allow-x-forwarded}): then Quarkus puts the client's address from the proxy's
 * header in its place, and so it is counted here.
 */
public final class ClientAddress {

    /** Counted for a request whose address is not known (a test client, a closed connection). */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        if (address == null) {
            return UNKNOWN;
        }
        String host = address.hostAddress() != null ? address.hostAddress() : address.host();
        return host == null ? UNKNOWN : host;
    }
}
