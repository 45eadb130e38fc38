package io.uplift.web.bundle;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.Assert.assertEquals;

public class BundleAddControllerTest {

    @Test
    public void namesAreJoinedAsASentence() {
        assertEquals("", BundleAddController.joined(Collections.<String>emptyList()));
        assertEquals("A", BundleAddController.joined(Arrays.asList("A")));
        assertEquals("A and B", BundleAddController.joined(Arrays.asList("A", "B")));
        assertEquals("A, B and C", BundleAddController.joined(Arrays.asList("A", "B", "C")));
    }
}
