package org.cxcadence.service;

import org.cxcadence.store.MinutesRepository;
import org.cxcadence.store.StoreException;

/**
 * Life-cycle changes of a session outside the live run. For now: reopening a session that was ended
 * by mistake (the Run screen owns starting and ending).
 */
public final class SessionService {
    private final MinutesRepository repository;

    public SessionService(OpenWorkspace workspace) {
        this.repository = new MinutesRepository(workspace.database());
    }

    /**
     * Sets a completed session back to in progress; notes, decisions, actions and minutes records stay.
     *
     * @return false when the session was not completed (nothing changed)
     */
    public boolean reopen(String meetingId) {
        try {
            return repository.reopen(meetingId);
        } catch (StoreException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
