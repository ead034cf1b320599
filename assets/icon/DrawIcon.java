import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import javax.imageio.ImageIO;

/**
 * Draws the CX Cadence icon: a deep-teal rounded square, a nearly closed cadence ring (the
 * recurring session) and a check mark (the commitment kept). Run with
 * {@code java assets/icon/DrawIcon.java assets/icon} to regenerate the PNGs, the Windows
 * {@code cx-cadence.ico} and the macOS {@code cx-cadence.icns} (both hold PNG images, which
 * Windows Vista+ and macOS 10.7+ read) that packaging/ hands to jpackage.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(dir, "cx-cadence-" + size + ".png"));
        }
        Files.write(new File(dir, "cx-cadence.ico").toPath(), ico(16, 24, 32, 48, 64, 256));
        Files.write(new File(dir, "cx-cadence.icns").toPath(), icns());
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a 6-byte header, one 16-byte entry per size, then the PNGs (little-endian). */
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        int total = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
            total += images[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            out.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.put(image);
        }
        return out.array();
    }

    /** ICNS: "icns", total length, then (type, length, PNG) per size (big-endian). */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return file.toByteArray();
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
