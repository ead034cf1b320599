package org.cxcadence.store;

import java.util.Set;

/**
 * One session as the History list shows and filters it, without its rows.
 *
 * @param agendaItems    items on its agenda
 * @param decisions      decisions recorded on them
 * @param actionsRaised  actions raised in it
 * @param topicAreaIds   topic areas of its items
 * @param personIds      people present at it, presenting in it, owning an action raised in it, or
 *                       owning an action updated in it
 */
public record SessionFacts(String meetingId, int agendaItems, int decisions, int actionsRaised,
                           Set<String> topicAreaIds, Set<String> personIds) {
    public SessionFacts {
        topicAreaIds = Set.copyOf(topicAreaIds);
        personIds = Set.copyOf(personIds);
    }
}
