package org.collaboratory.opensearch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node of a cluster on loopback, its modules loaded from the
 * classpath (Maven Central's artifacts) rather than from a distribution's
 * modules folder. Each node is its own process, so a test can stop one.
 *
 * <pre>
 * java -cp ... org.collaboratory.opensearch.ClusterNode --home DIR --name node-1
 *     --http-port 9250 --transport-port 9350 [--peers 9351,9352 --managers node-1,node-2,node-3]
 * </pre>
 *
 * Without peers the node is a cluster of one. It prints "ready" once
 * started and stops cleanly on SIGTERM or when its standard input closes.
 */
public final class ClusterNode {

    /** The modules the site's index and queries need; each must load, or the node does not start. */
    static final List<Class<? extends Plugin>> MODULES =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class);

    private ClusterNode() {}

    /** Node's constructor that takes plugin classes is protected. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> modules) {
            super(environment, modules, true);
        }

        @Override
        protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
            // The distribution's listener sets log4j's node id: nothing to set here.
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path home = Path.of(required(options, "home")).toAbsolutePath();
        String name = required(options, "name");
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("log4j2.properties"), LOGGING, StandardCharsets.UTF_8);

        Settings.Builder settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", options.getOrDefault("cluster", "collaboratory-test"))
                .put("node.name", name)
                .put("network.host", "127.0.0.1")
                .put("http.port", required(options, "http-port"))
                .put("transport.port", required(options, "transport-port"))
                // A nearly full disk must not make the test indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false);
        String peers = options.get("peers");
        if (peers == null || peers.isBlank()) {
            settings.put("discovery.type", "single-node");
        } else {
            List<String> seeds = Arrays.stream(peers.split(",")).map(p -> "127.0.0.1:" + p.trim()).toList();
            settings.putList("discovery.seed_hosts", seeds);
            settings.putList("cluster.initial_cluster_manager_nodes",
                    Arrays.asList(required(options, "managers").split(",")));
        }

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings.build(), Collections.emptyMap(), config, () -> name);
        LogConfigurator.registerErrorListener();
        LogConfigurator.configure(environment);
        Files.createDirectories(environment.modulesFile());
        Files.createDirectories(environment.pluginsFile());

        Node node = new EmbeddedNode(environment, MODULES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        node.start();
        System.out.println("ready " + name + " http://127.0.0.1:" + options.get("http-port"));
        System.out.flush();
        // The launcher closes our standard input when it goes away: stop then too.
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // discard
                }
            } catch (Exception ignored) {
                // closed
            }
            System.exit(0);
        });
        watcher.setDaemon(true);
        watcher.start();
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + args[i]);
            }
            found.put(args[i].substring(2), args[i + 1]);
        }
        return found;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static final String LOGGING = String.join("\n",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%c{1.}] %m%n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.console.ref = console",
            "");
}
