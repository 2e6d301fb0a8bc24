//! Audit findings: every repair and every doubt, as data with a stable code.

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

/// How much a finding should worry a reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A repair made with confidence; listed so the change is traceable.
    Info,
    /// A value that may be wrong or a repair that is a judgement.
    Warning,
    /// A value known to be wrong or lost.
    Error,
}

impl Severity {
    /// Stable lowercase name used in outputs and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident => $name:literal, $sev:ident, $doc:literal; )*) => {
        /// Stable finding codes. The snake_case names are a public contract: outputs, CI gates
        /// and reviewers' filters key on them, so a name is never reused for another meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum FindingCode {
            $( #[doc = $doc] $variant, )*
        }

        impl FindingCode {
            /// Every code, in documentation order.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant,)*];

            /// The stable snake_case name.
            pub fn as_str(self) -> &'static str {
                match self { $( FindingCode::$variant => $name, )* }
            }

            /// The severity this code carries unless a finding says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $( FindingCode::$variant => Severity::$sev, )* }
            }

            /// One line saying what the code means, for the README and `--help`.
            pub fn description(self) -> &'static str {
                match self { $( FindingCode::$variant => $doc, )* }
            }
        }
    };
}

codes! {
    DerivedColumnsRecomputed => "derived_columns_recomputed", Info, "A dataset tablemend wrote was read back: the columns it derives (id, codes, city, district, address_full, flags, source) are recomputed, their printed values not kept.";
    HeaderRowSkipped => "header_row_skipped", Info, "A real header row (序号/受理机构/地址/咨询电话…) was recognised and produced no record.";
    TotalRowDropped => "total_row_dropped", Info, "A totals row (`合计`, `共计 3 个受理点`) produced no record.";
    TitleRowDropped => "title_row_dropped", Info, "A title or caption row above the header, or a note row inside the table (`注：…`, one cell spanning every column), produced no record.";
    NoiseRowDropped => "noise_row_dropped", Warning, "A row of OCR noise (`ii`, `:`, `D D D`) produced no record; its text is kept here. Info when that text repeats a record nearby, as for `noise_text_dropped`, or is a page number or footer (`- 3 -`, `第 3 页`).";
    NoiseTextDropped => "noise_text_dropped", Warning, "A noise fragment inside a data row (stray marks, garbled province letters) was left out of the record. Info when it repeats, word for word, the name or address of a record within five lines (or eight Chinese characters or more of its address: an OCR echo), or is a place-name cell, a placeholder (`无`) beside the record's fields, a page number, or the rest of a province's name the row above began (`广西壮族` / `自治区`).";
    TextLineDropped => "text_line_dropped", Info, "A line outside any table was not part of a record (a warning when it holds a phone number: record data the tables lost).";
    SectionStart => "section_start", Info, "序号/省级地区 cells (`1`, `1.`, `1、`, `(1)`), a heading line naming a province (`## 一、河北省`) or a title opening with one (`# 江苏省外国人工作许可受理点`; unmarked when it says it lists points: `浙江省外国人来华工作许可受理点一览表`), that start a province section: not record fields.";
    RecordNumber => "record_number", Info, "A 序号 cell that numbers records, not provinces (`2` on the row after `1`, also across a row with no number that is another window of a record, or `1` under a province heading that has no number of its own, the province cell empty and the row naming no other province): not a record field; the row stays in the section above.";
    ColumnShiftRepaired => "column_shift_repaired", Info, "A row's cells sat in other columns than the table's; fields were assigned by content.";
    CellSplit => "cell_split", Info, "One cell held two fields (a name and its address, or an address and its phone), or one row held several records side by side, or a line outside any table held one whole record (both warnings); it was split between them.";
    SplitRowJoined => "split_row_joined", Info, "Text of one record wrapped onto the next row (or across a page break) was joined back.";
    InstitutionInherited => "institution_inherited", Info, "An empty institution cell is another window of the institution above (same city/district) and took its name.";
    NameCompleted => "name_completed", Warning, "A name cut off by OCR (`金山区科学技术委`) was completed from the ending other names of the document share (`…科学技术委员会`).";
    DittoFilled => "ditto_filled", Info, "A 同上 (ditto: also 同前, 〃) cell took the value of the same field in the record above.";
    InstitutionMissing => "institution_missing", Warning, "An empty institution cell could not be inherited: the name was lost by OCR.";
    ReconstructedFromGarbled => "reconstructed_from_garbled", Warning, "The record was pieced together from a garbled cell holding several records.";
    RecordsRunTogether => "records_run_together", Warning, "A row holds several records' whole names side by side (OCR lost the lines between them), but their addresses (or, with fewer numbers than records, their phones) could not be dealt out one record each: kept as one record holding every name, address and phone, to be split by hand.";
    DuplicateMerged => "duplicate_merged", Info, "A row repeating a record already emitted was merged into it.";
    PossibleDuplicate => "possible_duplicate", Warning, "The record has the institution of a record up to 200 lines above, and its address with other phones or its phones with another address: a row printed twice with a number or the address read differently, or one point listed twice. Both are kept.";
    ProvinceInferred => "province_inferred", Warning, "The section's province was not printed; it was inferred from addresses, institutions and area codes (info when the document prints no province at all, or when the cell is a merged one under the province above in a table whose 序号 numbers records and the row names no other province).";
    ProvinceMismatch => "province_mismatch", Warning, "Address or institution names a place in another province than the section.";
    AddressCityMismatch => "address_city_mismatch", Warning, "The address names a different city than the institution.";
    VariantCharFixed => "variant_char_fixed", Info, "A traditional or Japanese character form OCR read in a simplified-Chinese document (`張江`, `単一窗口`) was written in its simplified form.";
    LookalikeCharFixed => "lookalike_char_fixed", Info, "A word of the bodies such lists name (`科学技术局`, `人力资源和社会保障局`, `出入境办证中心`) printed with one character OCR took for another of like shape (`科学技木局`, `杜会`, `外证`) was read back as the word (never its last character, the kind of body); or a letter read for a digit in a house number (`l50号`, `1O5室`); or a character no name prints read as the common one of like shape (`巿` → `市`).";
    PlaceNameCorrected => "place_name_corrected", Info, "An OCR character error in a place name was corrected where the gazetteer made it unambiguous.";
    DivisionFormer => "division_former", Info, "A place name is a former division (abolished or renamed); its successor is in the message.";
    CityFromAreaCode => "city_from_area_code", Info, "The text names no city; the phones' area code serves exactly one city of the province, taken as the record's city.";
    CityFromColumn => "city_from_column", Info, "The text names no city; the row's city or district column (`市州`, `地市`, `区县`), or a place-name cell beside its fields (`株洲` under `地区`), names one of the province, taken as the record's city.";
    DivisionUnresolved => "division_unresolved", Warning, "No city could be resolved for the record (not raised for Hong Kong, Macau and Taiwan: the division table lists no cities of theirs).";
    PostcodeMoved => "postcode_moved", Info, "A postcode printed inside the address (`(邮编:210019)`), or alone in a cell beside the record's fields, was moved to notes.";
    ContactMoved => "contact_moved", Info, "Office hours, an e-mail address, a website or a messenger account (`QQ: 12345678`) printed inside the address (`(工作时间:9:00-17:00)`, `Email: kjj@sx.gov.cn`) was moved to notes.";
    FootnoteMarkRemoved => "footnote_mark_removed", Info, "A footnote mark after the name (`*`, `①`), or a mark before it (`★`, `●`), was removed; the footnote stays where it was printed.";
    ItemNumberRemoved => "item_number_removed", Info, "A list number printed before the name (`1.`, `(3)`, `2、`) was removed.";
    FieldLabelRemoved => "field_label_removed", Info, "A label that only names the field (`地址:`, `单位名称:`) was removed from its start, or numbered ones (`地址一:`, `地址二:`) from a list of addresses.";
    StatusRemark => "status_remark", Info, "A status remark (撤销, 暂未正式提供服务, 即将变化…) was moved out of the field into status and notes.";
    UnbalancedBracket => "unbalanced_bracket", Warning, "A bracket in the field is not closed (or not opened) and could not be repaired.";
    PhoneExcelDamaged => "phone_excel_damaged", Error, "The phone was mangled by a spreadsheet into scientific notation (`8.72E+10`); its digits are lost. (A notation printing every digit, `5.7187051076E+10`, is read whole: `phone_from_number_cell`.)";
    PhoneDigitRepaired => "phone_digit_repaired", Info, "A letter OCR read for a digit inside a phone number (`O571`, `8705l077`) was read as the digit, or an area code that lost its leading 0 (`571-87051076`, or `57187051076` as a spreadsheet's number column exported as text prints it, when the digits can be no other number) got it back.";
    PhoneFromNumberCell => "phone_from_number_cell", Info, "The phone was read from a numeric spreadsheet cell (leading 0 restored where needed).";
    PhoneInvalidLength => "phone_invalid_length", Warning, "The local number's length does not fit its area code.";
    PhoneUnknownAreaCode => "phone_unknown_area_code", Warning, "The area code is not a Chinese fixed-line area code.";
    PhoneAreaCodeMismatch => "phone_area_code_mismatch", Warning, "The area code does not serve the record's city or province.";
    PhoneNoAreaCode => "phone_no_area_code", Warning, "A local number printed without its area code (`89090580`) is kept as printed, with no e164 form.";
    PhoneShorthandExpanded => "phone_shorthand_expanded", Info, "A shorthand number (`0571-87051076/87056704`) was expanded with the shared area code (or the one printed in a 区号 column, also above an empty 区号 cell, a merged one, unless the row names a city it does not serve; or stated by the phone column's caption: `电话（区号021）`); a range (`87051076~78`, or of extensions: `转8001-8003`) is listed number by number; an extension printed in a 分机 column extends the row's number.";
    PhoneCountryCodeAdded => "phone_country_code_added", Info, "A Hong Kong, Macau or Taiwan record printed a number without the `+` of its country code (`852-28246111`, else read as an old mainland area code) or, in Hong Kong and Macau, whose eight-digit numbers have no area codes, without the code at all (`2824 6111`): read under the region's code (`+852-28246111`).";
    PhonesDealtInOrder => "phones_dealt_in_order", Warning, "Records printed side by side in one row (OCR lost the lines between them) hold more numbers than records, and neither area codes, series nor spacing tell whose they are: each took one number (or one list joined by a mark, `…62192269 / …62191366`) in order and the last the rest; the row's whole number cell is kept here, to check.";
    PhoneDuplicate => "phone_duplicate", Info, "The record listed the same number twice; it is kept once.";
    PhoneUnparsed => "phone_unparsed", Warning, "Text in the phone cell could not be read as a number; it is kept in notes.";
    PhoneMissing => "phone_missing", Info, "The record has no phone number.";
    AddressMissing => "address_missing", Warning, "The record has no address.";
}

/// One repair or doubt, traced to its source lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// The record it concerns; `None` for dropped text.
    pub record_id: Option<String>,
    /// The field concerned (`institution`, `address`, `phones`, `province`, …), if one.
    pub field: Option<&'static str>,
    /// Shared by every record and finding of a document (one allocation per document).
    pub source_file: Arc<str>,
    pub line_start: u32,
    pub line_end: u32,
    /// The text as found.
    pub before: String,
    /// The text as repaired (empty when dropped).
    pub after: String,
    /// Most messages are fixed text: borrowed, not copied into every finding.
    pub message: Cow<'static, str>,
}

impl Finding {
    /// A finding with the code's default severity.
    pub fn new(code: FindingCode, source_file: &Arc<str>, lines: (u32, u32)) -> Finding {
        Finding {
            code,
            severity: code.default_severity(),
            record_id: None,
            field: None,
            source_file: Arc::clone(source_file),
            line_start: lines.0,
            line_end: lines.1,
            before: String::new(),
            after: String::new(),
            message: Cow::Borrowed(""),
        }
    }

    /// Sets the field concerned.
    pub fn field(mut self, f: &'static str) -> Finding {
        self.field = Some(f);
        self
    }

    /// Sets the before and after texts.
    pub fn change(mut self, before: impl Into<String>, after: impl Into<String>) -> Finding {
        self.before = before.into();
        self.after = after.into();
        self
    }

    /// Sets the human message.
    pub fn msg(mut self, m: impl Into<Cow<'static, str>>) -> Finding {
        self.message = m.into();
        self
    }

    /// Overrides the default severity.
    pub fn severity(mut self, s: Severity) -> Finding {
        self.severity = s;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_unique_snake_case_names() {
        let mut seen = foldhash::HashSet::default();
        for c in FindingCode::ALL {
            let n = c.as_str();
            assert!(n.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'), "{n}");
            assert!(seen.insert(n), "duplicate {n}");
            let json = serde_json_like(*c);
            assert_eq!(json, n);
        }
    }

    fn serde_json_like(c: FindingCode) -> String {
        // serde's rename_all must agree with as_str.
        let mut s = String::new();
        for (i, ch) in format!("{c:?}").chars().enumerate() {
            if ch.is_ascii_uppercase() {
                if i > 0 {
                    s.push('_');
                }
                s.push(ch.to_ascii_lowercase());
            } else {
                s.push(ch);
            }
        }
        s
    }
}
