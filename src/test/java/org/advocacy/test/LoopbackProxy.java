package org.advocacy.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback between the portal and its database, so a test can cut the network under the portal
 * while the server itself keeps running (issue 13): {@link #cutAll()} resets every open connection in both
 * directions, as a failing switch or a firewall does; {@link #refuse(boolean)} resets every new connection as
 * soon as it arrives, as an unreachable network does, until it is switched off again.
 */
public final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final AtomicInteger relayed = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();
    private volatile boolean closed;

    public LoopbackProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("loopback-proxy-accept").start(this::accept);
    }

    /** The port the portal connects to instead of the database's. */
    public int port() {
        return server.getLocalPort();
    }

    /** Connections relayed to the database so far. */
    public int relayed() {
        return relayed.get();
    }

    /** Sockets reset by {@link #cutAll()} and while refusing (a relayed connection has two). */
    public int cut() {
        return cut.get();
    }

    /** Resets every open connection (RST to the portal and to the database); new ones are relayed again. */
    public void cutAll() {
        for (Socket s : open) {
            reset(s);
        }
    }

    /** While on, every new connection is reset at once and every open one is cut. */
    public void refuse(boolean on) {
        refusing.set(on);
        if (on) {
            cutAll();
        }
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (refusing.get()) {
                reset(client);
                continue;
            }
            Socket upstream;
            try {
                upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            } catch (IOException e) {
                reset(client); // the database is down: the portal sees the connection fail, as it would directly
                continue;
            }
            relayed.incrementAndGet();
            open.add(client);
            open.add(upstream);
            Thread.ofVirtual().start(() -> pump(client, upstream));
            Thread.ofVirtual().start(() -> pump(upstream, client));
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away or was cut: the other side goes too
        } finally {
            close(from);
            close(to);
        }
    }

    private void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // close with RST, not an orderly FIN
        } catch (IOException e) {
            // already closed
        }
        if (open.remove(s) || !s.isClosed()) {
            cut.incrementAndGet();
        }
        close(s);
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        cutAll();
    }
}
