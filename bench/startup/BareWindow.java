import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The startup floor of bench/startup.sh: a bare JavaFX window (a Stage with one Label), started the
 * same way as the app (plain jars on the class path), printing the time of its first pulse as the
 * app's StartupProbe does, then quitting.
 */
public class BareWindow extends Application {
    private boolean done;

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("CX Cadence"), 1280, 800);
        scene.addPostLayoutPulseListener(() -> {
            if (!done && stage.isShowing()) {
                done = true;
                System.out.println("cx-startup first-frame " + System.currentTimeMillis());
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}

/** Main class on the class path (a main class extending Application needs JavaFX on the module path). */
class BareWindowLauncher {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
