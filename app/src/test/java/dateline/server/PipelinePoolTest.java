package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.testing.Seed;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelinePoolTest {
    @Test
    void createsAtMostSizeCodersAndReusesThem() throws Exception {
        AtomicInteger made = new AtomicInteger();
        PipelinePool pool = new PipelinePool(() -> {
            made.incrementAndGet();
            return new FakeCoder();
        }, 2, Duration.ofSeconds(5));
        for (int i = 0; i < 5; i++) {
            assertThat(pool.code(Seed.article()).events()).isNotEmpty();
        }
        assertThat(made.get()).isEqualTo(1);
    }

    @Test
    void aBusyPoolAnswers503AfterTheWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PipelinePool pool = new PipelinePool(() -> a -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeCoder().code(a);
        }, 1, Duration.ofMillis(200));
        Thread t = new Thread(() -> pool.code(Seed.article()));
        t.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> pool.code(Seed.article())).isInstanceOf(ApiError.class)
                .hasMessageContaining("busy").extracting(e -> ((ApiError) e).status()).isEqualTo(503);
        release.countDown();
        t.join();
        assertThat(pool.code(Seed.article()).events()).isNotEmpty();
    }
}
