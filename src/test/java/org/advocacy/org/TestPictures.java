package org.advocacy.org;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Pictures for photo tests: made here, so no binary files live in the repository. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A 400×200 JPEG, left half red and right half blue. */
    public static byte[] redBlueJpeg() {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        return write(img, "jpeg");
    }

    /** A portrait-like PNG: a coloured square with the person's initials, for screenshots. */
    public static byte[] face(Color background, String initials) {
        BufferedImage img = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(background);
        g.fillOval(0, 0, 240, 240);
        g.setColor(Color.WHITE);
        g.setFont(g.getFont().deriveFont(java.awt.Font.BOLD, 96f));
        int w = g.getFontMetrics().stringWidth(initials);
        g.drawString(initials, (240 - w) / 2, 155);
        g.dispose();
        return write(img, "png");
    }

    /**
     * The same JPEG with an EXIF block saying "rotate 90° clockwise to show" (orientation 6) and a comment that
     * stands for a camera's hidden details.
     */
    public static byte[] withExifAndComment(byte[] jpeg, String comment) {
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int insertAt = 4 + app0Length;
        byte[] exif = {
            (byte) 0xFF, (byte) 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01,
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00};
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        byte[] com = new byte[4 + text.length];
        com[0] = (byte) 0xFF;
        com[1] = (byte) 0xFE;
        com[2] = (byte) ((text.length + 2) >> 8);
        com[3] = (byte) (text.length + 2);
        System.arraycopy(text, 0, com, 4, text.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        out.writeBytes(exif);
        out.writeBytes(com);
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    public static byte[] write(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
