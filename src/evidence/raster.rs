//! Screenshots for the PDF: PNG and JPEG files turned into image data a PDF
//! can carry, without re-encoding where the format allows it.
//!
//! Pure (bytes in, bytes out). A JPEG goes in unchanged (PDF's `DCTDecode`
//! is JPEG), so the embedded stream is the very file the user attached. A
//! plain PNG keeps its compressed pixel data too: PDF's `FlateDecode` with PNG
//! predictors reads PNG scanlines directly. Only PNGs with transparency,
//! interlacing or 16-bit samples are decoded, laid on white and compressed
//! again. Anything else is listed in the PDF by name and hash, not shown.

use std::io::{Cursor, Write};

/// How the pixel values are to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Colors {
    Gray,
    Rgb,
    Cmyk,
    /// Indices into an RGB palette (`palette` holds r, g, b per entry).
    Indexed {
        palette: Vec<u8>,
    },
}

/// How `data` is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// A whole JPEG file. Adobe CMYK JPEGs store inverted values.
    Jpeg { inverted_cmyk: bool },
    /// zlib-compressed PNG scanlines (each row starts with its filter byte).
    PngScanlines,
}

/// A picture ready to be embedded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub colors: Colors,
    pub bits: u8,
    pub encoding: Encoding,
    pub data: Vec<u8>,
}

impl Picture {
    /// Samples per pixel.
    pub fn components(&self) -> u8 {
        match self.colors {
            Colors::Gray | Colors::Indexed { .. } => 1,
            Colors::Rgb => 3,
            Colors::Cmyk => 4,
        }
    }
}

/// Largest picture decoded (PNGs with transparency); bigger ones are listed, not shown.
const MAX_DECODED_PIXELS: u64 = 40_000_000;

/// Prepares a PNG or JPEG file; the error says why it cannot be shown.
pub fn picture(bytes: &[u8]) -> Result<Picture, &'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png_picture(bytes)
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg_picture(bytes)
    } else {
        Err("not a PNG or JPEG file")
    }
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

fn png_picture(bytes: &[u8]) -> Result<Picture, &'static str> {
    let bad = "damaged PNG file";
    let mut pos = 8;
    let mut header = None;
    let mut palette = None;
    let mut transparency = false;
    let mut idat = Vec::new();
    let mut ended = false;
    while pos + 12 <= bytes.len() {
        let len = be32(&bytes[pos..]) as usize;
        let kind = &bytes[pos + 4..pos + 8];
        let data = bytes.get(pos + 8..pos + 8 + len).ok_or(bad)?;
        match kind {
            b"IHDR" if len == 13 => header = Some(data.to_vec()),
            b"PLTE" => palette = Some(data.to_vec()),
            b"tRNS" => transparency = true,
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => {
                ended = true;
                break;
            }
            _ => {}
        }
        pos += 12 + len;
    }
    let h = header.ok_or(bad)?;
    if !ended || idat.is_empty() {
        return Err(bad);
    }
    let (width, height, bits, color_type, interlaced) =
        (be32(&h[0..]), be32(&h[4..]), h[8], h[9], h[12] != 0);
    if width == 0 || height == 0 {
        return Err(bad);
    }
    let colors = match (color_type, &palette) {
        (0, _) => Some(Colors::Gray),
        (2, _) => Some(Colors::Rgb),
        (3, Some(p)) if p.len() % 3 == 0 && !p.is_empty() => Some(Colors::Indexed { palette: p.clone() }),
        (3, _) => return Err(bad),
        _ => None, // with an alpha channel
    };
    match colors {
        Some(colors) if !interlaced && !transparency && bits <= 8 => {
            Ok(Picture { width, height, colors, bits, encoding: Encoding::PngScanlines, data: idat })
        }
        _ => decoded_png(bytes, width, height),
    }
}

/// Decodes a PNG, lays any transparency on white, and stores it as filtered 8-bit scanlines.
fn decoded_png(bytes: &[u8], width: u32, height: u32) -> Result<Picture, &'static str> {
    if u64::from(width) * u64::from(height) > MAX_DECODED_PIXELS {
        return Err("picture too large to show");
    }
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|_| "damaged PNG file")?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("picture too large to show")?];
    let info = reader.next_frame(&mut buf).map_err(|_| "damaged PNG file")?;
    let (channels, gray) = match info.color_type {
        png::ColorType::Grayscale => (1, true),
        png::ColorType::GrayscaleAlpha => (2, true),
        png::ColorType::Rgb => (3, false),
        png::ColorType::Rgba => (4, false),
        png::ColorType::Indexed => return Err("damaged PNG file"),
    };
    let out_channels = if gray { 1 } else { 3 };
    let (w, h) = (info.width as usize, info.height as usize);
    let mut pixels = Vec::with_capacity(w * h * out_channels);
    for row in buf.chunks(info.line_size).take(h) {
        for px in row[..w * channels].chunks(channels) {
            let (color, alpha) = match channels {
                1 => (&px[..1], 255),
                2 => (&px[..1], px[1]),
                3 => (&px[..3], 255),
                _ => (&px[..3], px[3]),
            };
            // Over white: c·a + 255·(1 − a).
            pixels.extend(color.iter().map(|&c| {
                let (c, a) = (u32::from(c), u32::from(alpha));
                ((c * a + 255 * (255 - a) + 127) / 255) as u8
            }));
        }
    }
    Ok(Picture {
        width: info.width,
        height: info.height,
        colors: if gray { Colors::Gray } else { Colors::Rgb },
        bits: 8,
        encoding: Encoding::PngScanlines,
        data: up_filtered_zlib(&pixels, w * out_channels),
    })
}

/// PNG "Up" filter on every row (screenshots repeat rows), then zlib.
fn up_filtered_zlib(pixels: &[u8], stride: usize) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    let mut row = Vec::with_capacity(stride + 1);
    let mut prev: &[u8] = &[];
    for cur in pixels.chunks(stride) {
        row.clear();
        row.push(2);
        if prev.is_empty() {
            row.extend_from_slice(cur);
        } else {
            row.extend(cur.iter().zip(prev).map(|(c, p)| c.wrapping_sub(*p)));
        }
        enc.write_all(&row).expect("writing to memory");
        prev = cur;
    }
    enc.finish().expect("writing to memory")
}

fn jpeg_picture(bytes: &[u8]) -> Result<Picture, &'static str> {
    let bad = "damaged JPEG file";
    let mut pos = 2;
    let mut adobe = false;
    while pos + 4 <= bytes.len() {
        if bytes[pos] != 0xFF {
            return Err(bad);
        }
        let marker = bytes[pos + 1];
        if marker == 0xFF {
            pos += 1; // fill byte
            continue;
        }
        if marker == 0xD8 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            pos += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[pos + 2], bytes[pos + 3]]));
        let seg = bytes.get(pos + 4..pos + 2 + len).ok_or(bad)?;
        match marker {
            0xEE if seg.starts_with(b"Adobe") => adobe = true,
            // Baseline, extended and progressive Huffman JPEGs; PDF readers take all three.
            0xC0..=0xC2 => {
                if seg.len() < 6 {
                    return Err(bad);
                }
                let precision = seg[0];
                let height = u32::from(u16::from_be_bytes([seg[1], seg[2]]));
                let width = u32::from(u16::from_be_bytes([seg[3], seg[4]]));
                let colors = match seg[5] {
                    1 => Colors::Gray,
                    3 => Colors::Rgb,
                    4 => Colors::Cmyk,
                    _ => return Err("unsupported JPEG colour format"),
                };
                if precision != 8 || width == 0 || height == 0 {
                    return Err("unsupported JPEG format");
                }
                let inverted_cmyk = adobe && colors == Colors::Cmyk;
                return Ok(Picture {
                    width,
                    height,
                    colors,
                    bits: 8,
                    encoding: Encoding::Jpeg { inverted_cmyk },
                    data: bytes.to_vec(),
                });
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return Err("unsupported JPEG format"),
            0xDA | 0xD9 => return Err(bad),
            _ => {}
        }
        pos += 2 + len;
    }
    Err(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(color: png::ColorType, w: u32, h: u32, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(color);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().unwrap();
        writer.write_image_data(data).unwrap();
        writer.finish().unwrap();
        out
    }

    #[test]
    fn an_opaque_png_keeps_its_compressed_data() {
        let file = png(png::ColorType::Rgb, 2, 2, &[255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]);
        let p = picture(&file).unwrap();
        assert_eq!((p.width, p.height, p.bits, p.components()), (2, 2, 8, 3));
        assert_eq!(p.encoding, Encoding::PngScanlines);
        assert!(file.windows(p.data.len()).any(|w| w == p.data), "the IDAT bytes go in unchanged");
    }

    #[test]
    fn a_transparent_png_is_laid_on_white() {
        let file = png(png::ColorType::Rgba, 1, 1, &[0, 0, 0, 0]);
        let p = picture(&file).unwrap();
        assert_eq!(p.colors, Colors::Rgb);
        let mut raw = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(&p.data[..]), &mut raw).unwrap();
        assert_eq!(raw, vec![2, 255, 255, 255], "filter byte, then a white pixel");
    }

    #[test]
    fn a_jpeg_header_gives_its_size_and_the_file_goes_in_unchanged() {
        // SOI, a SOF0 segment for 640×480 with 3 components, EOI.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8, 0x01, 0xE0, 0x02, 0x80, 3];
        jpeg.extend_from_slice(&[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        let p = picture(&jpeg).unwrap();
        assert_eq!((p.width, p.height, p.components()), (640, 480, 3));
        assert_eq!(p.data, jpeg);
    }

    #[test]
    fn other_and_damaged_files_are_refused() {
        assert!(picture(b"GIF89a....").is_err());
        assert!(picture(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR").is_err());
        assert!(picture(&[0xFF, 0xD8, 0xFF]).is_err());
    }
}
