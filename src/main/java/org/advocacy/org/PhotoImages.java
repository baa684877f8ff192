package org.advocacy.org;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.advocacy.kernel.ValidationException;

/**
 * Turns an uploaded picture into the stored photo: refused when too big or not a JPEG/PNG/GIF/BMP picture; read with
 * its EXIF orientation (Thumbnailator), cropped to a centred square of {@value #SIZE} px, painted onto a white
 * canvas and written as a fresh baseline JPEG by ImageIO with no metadata at all (no EXIF, GPS, camera, comments).
 */
public final class PhotoImages {

    /** Largest upload accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Largest picture decoded (pixels), so a small file that inflates to gigabytes is refused before decoding. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;
    /** Side of the stored square photo. */
    public static final int SIZE = 320;

    private PhotoImages() {
    }

    public static byte[] reencode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ValidationException("photo", "photo.error.format");
        }
        if (upload.length > MAX_BYTES) {
            throw new ValidationException("photo", "photo.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        checkDimensions(upload);
        BufferedImage square;
        try {
            square = Thumbnails.of(new ByteArrayInputStream(upload)).size(SIZE, SIZE).crop(Positions.CENTER)
                    .useExifOrientation(true).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("photo", "photo.error.format");
        }
        BufferedImage rgb = new BufferedImage(square.getWidth(), square.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE); // transparent parts of a PNG become white, not black
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(square, 0, 0, null);
        g.dispose();
        return jpeg(rgb);
    }

    private static void checkDimensions(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ValidationException("photo", "photo.error.format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                    throw new ValidationException("photo", "photo.error.dimensions");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ValidationException("photo", "photo.error.format");
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
