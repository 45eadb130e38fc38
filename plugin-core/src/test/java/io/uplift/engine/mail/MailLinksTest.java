package io.uplift.engine.mail;

import org.junit.Test;

import static io.uplift.engine.mail.BackoffTest.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

public class MailLinksTest {

    private final MailLinks links = new MailLinks(new SignedTokens("0123456789abcdef-secret"));

    @Test
    public void clickAndUnsubscribeTokensReadBack() {
        MailLinks.Click c = links.readClick(links.clickToken(41, 7));
        assertEquals(41, c.getJobId());
        assertEquals(7, c.getProductId());
        assertEquals("ann@example.com", links.readUnsubscribe(links.unsubscribeToken(" Ann@Example.COM ")));
    }

    @Test
    public void theTokenIsThePayloadAndItsSignature() {
        // "c:41:7" in URL-safe Base64 without padding is "Yzo0MTo3"
        String token = links.clickToken(41, 7);
        assertEquals("Yzo0MTo3", token.substring(0, token.indexOf('.')));
        assertEquals("16 signature bytes: 22 Base64 characters", 22, token.length() - token.indexOf('.') - 1);
    }

    @Test
    public void forgedChangedOrOtherTokensAreRefused() {
        String token = links.clickToken(41, 7);
        String changedPayload = "Yzo0MTo4" + token.substring(token.indexOf('.'));
        expect("the link token's signature does not match: '" + changedPayload + "'", () -> links.readClick(changedPayload));
        String otherSecret = new MailLinks(new SignedTokens("another-secret-of-16+")).clickToken(41, 7);
        assertNotEquals(token, otherSecret);
        expect("the link token's signature does not match: '" + otherSecret + "'", () -> links.readClick(otherSecret));
        expect("not a valid link token: 'abc'", () -> links.readClick("abc"));
        expect("not a valid link token: ''", () -> links.readClick(null));
        String unsubscribe = links.unsubscribeToken("ann@example.com");
        expect("not a click link: '" + unsubscribe + "'", () -> links.readClick(unsubscribe));
        expect("not an unsubscribe link: '" + token + "'", () -> links.readUnsubscribe(token));
    }

    @Test
    public void aShortSecretIsRefusedWithoutQuotingIt() {
        expect("the token secret must have at least 16 characters (it has 5)", () -> new SignedTokens("short"));
    }

    @Test
    public void addressesAreCheckedPlainly() {
        assertNull(Recipients.problem("ann.b+shop@mail.example.com"));
        assertEquals("no e-mail address", Recipients.problem(" "));
        assertEquals("no e-mail address", Recipients.problem(null));
        assertEquals("invalid e-mail address 'ann..b@example.com'", Recipients.problem("ann..b@example.com"));
        assertEquals("invalid e-mail address 'ann@localhost'", Recipients.problem("ann@localhost"));
        assertEquals("invalid e-mail address 'ann b@example.com'", Recipients.problem("ann b@example.com"));
    }

    @Test
    public void theClockOnlyMovesForward() {
        OffsetClock clock = new OffsetClock(java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.time.ZoneOffset.UTC));
        clock.advance(java.time.Duration.ofHours(5));
        assertEquals(java.time.Instant.parse("2026-01-01T05:00:00Z"), clock.instant());
        expect("the clock only moves forward: PT-1S", () -> clock.advance(java.time.Duration.ofSeconds(-1)));
    }
}
