import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the CX Cadence icon: a deep-teal rounded square, a nearly closed cadence ring (the
 * recurring session) and a check mark (the commitment kept). Run with
 * {@code java assets/icon/DrawIcon.java assets/icon} to regenerate the PNGs.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(dir, "cx-cadence-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        g.setPaint(new GradientPaint(0, 0, new Color(0x0F766E), (float) s, (float) s, new Color(0x134E4A)));
        g.fill(new RoundRectangle2D.Double(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.28, s * 0.28));
        g.setColor(new Color(0xCCFBF1));
        g.setStroke(new BasicStroke((float) (s * 0.085), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(s * 0.2, s * 0.2, s * 0.6, s * 0.6, 60, 300, Arc2D.OPEN));
        g.setColor(new Color(0xFBBF24));
        Path2D check = new Path2D.Double();
        check.moveTo(s * 0.36, s * 0.51);
        check.lineTo(s * 0.47, s * 0.62);
        check.lineTo(s * 0.80, s * 0.27);
        g.draw(check);
        g.dispose();
        return img;
    }
}
