package org.advocacy.feedback.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes (ZXing) for the feedback links, as PNG images and as a printable A4 poster (OpenPDF). */
public final class QrCodes {

    private QrCodes() {
    }

    static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text, e);
        }
    }

    static BufferedImage image(String text, int size) {
        BitMatrix m = matrix(text, size);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }

    public static byte[] png(String text, int size) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(text, size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 poster: brand, branch name, the QR code, a call to scan and the link in words. */
    static byte[] poster(String brand, String branchName, String call, String url) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 50, 50, 60, 50);
            PdfWriter.getInstance(doc, out);
            doc.open();
            BaseFont base = unicodeFont();
            Color green = new Color(0x2e, 0x7d, 0x5b);
            Paragraph title = new Paragraph(brand, new Font(base, 40, Font.BOLD, green));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph branch = new Paragraph(branchName, new Font(base, 24, Font.NORMAL, Color.DARK_GRAY));
            branch.setAlignment(Element.ALIGN_CENTER);
            branch.setSpacingAfter(30);
            doc.add(branch);
            Image qr = Image.getInstance(png(url, 600));
            qr.scaleToFit(360, 360);
            qr.setAlignment(Element.ALIGN_CENTER);
            doc.add(qr);
            Paragraph scan = new Paragraph(call, new Font(base, 22, Font.BOLD, Color.BLACK));
            scan.setAlignment(Element.ALIGN_CENTER);
            scan.setSpacingBefore(20);
            doc.add(scan);
            Paragraph link = new Paragraph(url, new Font(base, 12, Font.NORMAL, Color.GRAY));
            link.setAlignment(Element.ALIGN_CENTER);
            doc.add(link);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One badge card of the sheet: the person's name, the line under it and the link of their QR code. */
    public record Badge(String name, String line, String url) {
    }

    /**
     * Every badge QR code of a branch on A4 sheets, three across and four down, with a thin cut line around each
     * card: printed once and cut for the name badges.
     */
    public static byte[] badgeSheet(String brand, String branchName, java.util.List<Badge> badges) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 24, 24, 28, 24);
            PdfWriter.getInstance(doc, out);
            doc.open();
            BaseFont base = unicodeFont();
            Color green = new Color(0x2e, 0x7d, 0x5b);
            Paragraph head = new Paragraph(brand + " · " + branchName, new Font(base, 11, Font.NORMAL, Color.GRAY));
            head.setSpacingAfter(8);
            doc.add(head);
            com.lowagie.text.pdf.PdfPTable table = new com.lowagie.text.pdf.PdfPTable(3);
            table.setWidthPercentage(100);
            for (Badge b : badges) {
                com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell();
                cell.setFixedHeight(188);
                cell.setPadding(8);
                cell.setBorderColor(Color.LIGHT_GRAY);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                Image qr = Image.getInstance(png(b.url(), 360));
                qr.scaleToFit(118, 118);
                qr.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(qr);
                Paragraph name = new Paragraph(b.name(), new Font(base, 12, Font.BOLD, green));
                name.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(name);
                Paragraph line = new Paragraph(b.line(), new Font(base, 8, Font.NORMAL, Color.DARK_GRAY));
                line.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(line);
                table.addCell(cell);
            }
            table.completeRow();
            if (badges.isEmpty()) {
                doc.add(new Paragraph(" "));
            } else {
                doc.add(table);
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font with Vietnamese letters: DejaVu Sans where the system has it, else the PDF's Helvetica. */
    private static BaseFont unicodeFont() throws IOException {
        for (String path : new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf"}) {
            if (new java.io.File(path).isFile()) {
                return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    }
}
