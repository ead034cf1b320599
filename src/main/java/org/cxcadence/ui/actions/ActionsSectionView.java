package org.cxcadence.ui.actions;

import org.cxcadence.ui.common.Formats;
import org.cxcadence.ui.common.Messages;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Actions section: the board of every leader's commitments, and the leader scorecard. */
public final class ActionsSectionView extends TabPane {
    public ActionsSectionView(ActionsViewModel model, Messages messages, Formats formats) {
        setId("actions-section");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("section-tabs");
        Tab board = new Tab(messages.get("actions.tab.board"), new ActionBoardView(model, messages, formats));
        board.setId("tab-actions-board");
        Tab scorecard = new Tab(messages.get("actions.tab.scorecard"), new ScorecardView(model, messages, formats));
        scorecard.setId("tab-scorecard");
        getTabs().addAll(board, scorecard);
        org.cxcadence.ui.common.LazyTabContent.install(this);
    }
}
