package dev.clio.integrations.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.time.Duration;

/**
 * The three connection budgets to one engine, so that no kind of call can starve another: control calls (list,
 * inspect, start, stop ...), stats samples, and long-lived log streams. A follow stream holds its pooled connection
 * until its callback is closed; with its own pool, 16 open streams cannot stall a restart.
 */
final class EngineClients implements AutoCloseable {

    /** Podman serves the Docker API from 1.40 up and wants versioned paths; 1.41 has {@code one-shot} stats. */
    static final String API_VERSION = "1.41";

    private final DockerHttpClient controlHttp;
    private final DockerHttpClient statsHttp;
    private final DockerHttpClient streamHttp;
    private final DockerClient control;
    private final DockerClient streams;

    EngineClients(EngineEndpoint endpoint, EngineSettings settings) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.url()).withApiVersion(API_VERSION).withDockerTlsVerify(false).build();
        controlHttp = http(config, settings.controlConnections(), settings.callTimeout());
        statsHttp = http(config, settings.statsThreads(), settings.statsTimeout());
        // no read timeout: a quiet container's log stream may be idle for hours; closing the callback ends it
        streamHttp = http(config, settings.maxStreams(), Duration.ZERO);
        control = DockerClientImpl.getInstance(config, controlHttp);
        streams = DockerClientImpl.getInstance(config, streamHttp);
    }

    private static DockerHttpClient http(DefaultDockerClientConfig config, int connections, Duration readTimeout) {
        ApacheDockerHttpClient.Builder b = new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig()).maxConnections(connections)
                .connectionTimeout(Duration.ofSeconds(3));
        if (!readTimeout.isZero()) {
            b.responseTimeout(readTimeout);
        }
        return b.build();
    }

    DockerClient control() {
        return control;
    }

    DockerClient streams() {
        return streams;
    }

    /** The raw transport of the stats budget, for {@code one-shot} requests docker-java has no option for. */
    DockerHttpClient statsHttp() {
        return statsHttp;
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {control, streams, controlHttp, statsHttp, streamHttp}) {
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                // the others must close all the same
            } catch (Exception e) {
                // same
            }
        }
    }
}
