//! A small RFC 4180 reader that copies only the columns the caller keeps.
//!
//! Columns the caller does not ask for (a password, a note, a TOTP seed) are
//! scanned in place and never copied into any buffer, so a secret only ever
//! lives in the caller's input buffer, which the caller can zeroize.

use super::ImportError;

/// Longest record accepted, in bytes (a long note still fits).
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;
/// Most fields in one record.
pub const MAX_FIELDS: usize = 512;

/// One record: where it starts, how many fields it had, and the kept fields.
#[derive(Debug)]
pub struct Record {
    /// The line the record starts on (1-based).
    pub line: u64,
    /// The number of the record, the header being record 1.
    pub number: u64,
    /// Number of fields in the record, kept or not.
    pub len: usize,
    /// The kept fields by column; `None` for skipped or missing columns.
    pub fields: Vec<Option<String>>,
}

impl Record {
    /// A kept field, trimmed; `None` if absent or blank.
    pub fn get(&self, col: Option<usize>) -> Option<&str> {
        col.and_then(|c| self.fields.get(c))
            .and_then(|f| f.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// Reads records from bytes. The names of the columns are only used in error messages.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    line: u64,
    records: u64,
}

impl<'a> Reader<'a> {
    /// A reader over `data`, skipping a UTF-8 byte-order mark.
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        let start = if data.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
        Reader { data, pos: start, line: 1, records: 0 }
    }

    /// Bytes consumed so far (for progress).
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The next record, or `None` at the end. `keep(col)` says which columns to copy;
    /// `names(col)` names a column for an error about its encoding.
    pub fn next_record(
        &mut self,
        keep: &dyn Fn(usize) -> bool,
        names: &dyn Fn(usize) -> String,
    ) -> Result<Option<Record>, ImportError> {
        // Blank lines between records are skipped.
        while self.pos < self.data.len() && matches!(self.data[self.pos], b'\n' | b'\r') {
            if self.data[self.pos] == b'\n'
                || (self.data[self.pos] == b'\r' && self.data.get(self.pos + 1) != Some(&b'\n'))
            {
                self.line += 1;
            }
            self.pos += 1;
        }
        if self.pos >= self.data.len() {
            return Ok(None);
        }
        self.records += 1;
        let start_line = self.line;
        let start_pos = self.pos;
        let mut fields: Vec<Option<String>> = Vec::new();
        let mut col = 0usize;
        loop {
            if col >= MAX_FIELDS {
                return Err(ImportError::Malformed {
                    line: start_line,
                    message: format!("more than {MAX_FIELDS} fields in one record"),
                });
            }
            let kept = keep(col);
            let mut buf: Vec<u8> = Vec::new();
            let end = self.field(start_line, start_pos, kept.then_some(&mut buf))?;
            if kept {
                let text = String::from_utf8(buf)
                    .map_err(|_| ImportError::BadEncoding { line: start_line, column: Some(names(col)) })?;
                fields.push(Some(text));
            } else {
                fields.push(None);
            }
            col += 1;
            match end {
                FieldEnd::Delimiter => continue,
                FieldEnd::Line | FieldEnd::Eof => break,
            }
        }
        Ok(Some(Record { line: start_line, number: self.records, len: col, fields }))
    }

    /// Scans one field, copying it into `out` when given. Leaves `pos` after its terminator.
    fn field(
        &mut self,
        start_line: u64,
        start_pos: usize,
        mut out: Option<&mut Vec<u8>>,
    ) -> Result<FieldEnd, ImportError> {
        let data = self.data;
        let too_long = |pos: usize| pos - start_pos > MAX_RECORD_BYTES;
        if data.get(self.pos) == Some(&b'"') {
            self.pos += 1;
            loop {
                let Some(&b) = data.get(self.pos) else {
                    return Err(ImportError::UnterminatedQuote { line: start_line });
                };
                if too_long(self.pos) {
                    return Err(ImportError::LineTooLong {
                        line: start_line,
                        limit: MAX_RECORD_BYTES as u64,
                    });
                }
                match b {
                    b'"' if data.get(self.pos + 1) == Some(&b'"') => {
                        if let Some(o) = out.as_deref_mut() {
                            o.push(b'"');
                        }
                        self.pos += 2;
                    }
                    b'"' => {
                        self.pos += 1;
                        break;
                    }
                    0 => return Err(ImportError::Binary { line: self.line }),
                    _ => {
                        if b == b'\n' || (b == b'\r' && data.get(self.pos + 1) != Some(&b'\n')) {
                            self.line += 1;
                        }
                        if let Some(o) = out.as_deref_mut() {
                            o.push(b);
                        }
                        self.pos += 1;
                    }
                }
            }
            // After the closing quote: a delimiter, a line end or the end of the input.
            return match data.get(self.pos) {
                None => Ok(FieldEnd::Eof),
                Some(b',') => {
                    self.pos += 1;
                    Ok(FieldEnd::Delimiter)
                }
                Some(b'\n' | b'\r') => {
                    self.end_line();
                    Ok(FieldEnd::Line)
                }
                Some(_) => Err(ImportError::Malformed {
                    line: self.line,
                    message: "text after a closing quote (a quote inside a field must be doubled)".into(),
                }),
            };
        }
        loop {
            let Some(&b) = data.get(self.pos) else { return Ok(FieldEnd::Eof) };
            if too_long(self.pos) {
                return Err(ImportError::LineTooLong { line: start_line, limit: MAX_RECORD_BYTES as u64 });
            }
            match b {
                b',' => {
                    self.pos += 1;
                    return Ok(FieldEnd::Delimiter);
                }
                b'\n' | b'\r' => {
                    self.end_line();
                    return Ok(FieldEnd::Line);
                }
                0 => return Err(ImportError::Binary { line: self.line }),
                _ => {
                    if let Some(o) = out.as_deref_mut() {
                        o.push(b);
                    }
                    self.pos += 1;
                }
            }
        }
    }

    fn end_line(&mut self) {
        if self.data.get(self.pos) == Some(&b'\r') {
            self.pos += 1;
        }
        if self.data.get(self.pos) == Some(&b'\n') {
            self.pos += 1;
        }
        self.line += 1;
    }
}

enum FieldEnd {
    Delimiter,
    Line,
    Eof,
}

/// Quotes a field for writing when it needs it.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ') {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(data: &str) -> Result<Vec<Vec<Option<String>>>, ImportError> {
        let mut r = Reader::new(data.as_bytes());
        let mut out = Vec::new();
        while let Some(rec) = r.next_record(&|_| true, &|c| c.to_string())? {
            out.push(rec.fields);
        }
        Ok(out)
    }

    #[test]
    fn quoted_fields_keep_commas_quotes_and_newlines() {
        let rows = all("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n").unwrap();
        assert_eq!(rows[1][0].as_deref(), Some("x, \"y\""));
        assert_eq!(rows[1][1].as_deref(), Some("two\nlines"));
    }

    #[test]
    fn skipped_columns_are_not_copied() {
        let mut r = Reader::new(b"u,p\nalice,s3cret\n");
        let rec = r.next_record(&|c| c == 0, &|c| c.to_string()).unwrap().unwrap();
        assert_eq!(rec.fields, vec![Some("u".to_string()), None]);
        let rec = r.next_record(&|c| c == 0, &|c| c.to_string()).unwrap().unwrap();
        assert_eq!(rec.fields, vec![Some("alice".to_string()), None]);
        assert_eq!(rec.len, 2);
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_starts_on() {
        let err = all("a,b\nx,y\n\"open,z\n").unwrap_err();
        assert!(matches!(err, ImportError::UnterminatedQuote { line: 3 }), "{err:?}");
    }

    #[test]
    fn quote_round_trips() {
        let q = format!("{},{}", quote("a,b"), quote("say \"hi\""));
        let rows = all(&q).unwrap();
        assert_eq!(rows[0][0].as_deref(), Some("a,b"));
        assert_eq!(rows[0][1].as_deref(), Some("say \"hi\""));
    }
}
