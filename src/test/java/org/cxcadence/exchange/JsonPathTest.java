package org.cxcadence.exchange;

import com.fasterxml.jackson.core.JsonPointer;
import org.cxcadence.exchange.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonPathTest {
    @Test
    void readsLikeTheMessagesOfTheContract() {
        JsonPath path = JsonPath.root().field("meetings").index(3).field("agenda").index(0).field("presenterId");
        assertEquals("$.meetings[3].agenda[0].presenterId", path.toString());
        assertEquals(JsonPointer.compile("/meetings/3/agenda/0/presenterId"), path.toPointer());
    }

    @Test
    void quotesKeysThatAreNotPlainNames() {
        assertEquals("$['two words']['it\\'s']", JsonPath.root().field("two words").field("it's").toString());
    }

    @Test
    void shortensVeryDeepPathsForAOneLineMessage() {
        JsonPath deep = JsonPath.root();
        for (int i = 0; i < 100; i++) {
            deep = deep.index(0);
        }
        assertEquals("$" + "[0]".repeat(12) + "…(88 levels more)", deep.toString());
    }

    @Test
    void parentDropsTheLastSteps() {
        JsonPath path = JsonPath.root().field("people").index(2).field("name");
        assertEquals("$.people[2]", path.parent(1).toString());
        assertEquals("$", path.parent(10).toString());
    }
}
