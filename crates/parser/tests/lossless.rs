//! The parser loses nothing: every non-whitespace, non-pipe character of a markdown input
//! comes back, in order, from the cells and the non-table lines. (Markup is decoded, not
//! kept: character references, emphasis and inline math, which the generator below leaves
//! out; `inline.rs` and `entities.rs` test their decoding.)

use parser::markdown::parse_markdown;
use proptest::prelude::*;

#[path = "../../../tests/support/proptest_config.rs"]
mod proptest_config;
use proptest_config::config;

/// The input's significant characters: whitespace, pipes and the backslash of `\|` go.
fn significant_input(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'|') {
            continue;
        }
        if c == '|' || c.is_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

/// What the parser returned, in document order (tables and text lines by line).
fn significant_output(md: &str) -> String {
    let doc = match parse_markdown("p.md", md) {
        Ok(d) => d,
        Err(_) => return String::new(),
    };
    let mut pieces: Vec<(u32, u32, String)> = Vec::new();
    for t in &doc.tables {
        for r in &t.rows {
            for c in &r.cells {
                pieces.push((r.line, c.col, c.text.clone()));
            }
        }
    }
    for l in &doc.text_lines {
        pieces.push((l.line, 0, l.text.clone()));
    }
    pieces.sort_by_key(|p| (p.0, p.1));
    significant_input(&pieces.into_iter().map(|p| p.2).collect::<Vec<_>>().join(" "))
}

fn line() -> impl Strategy<Value = String> {
    let cell = "[ a-z0-9\\-:号路局中心北京市（）() ]{0,12}";
    prop_oneof![
        // table rows, ragged, sometimes without trailing pipe, with escaped pipes
        proptest::collection::vec(cell, 1..10).prop_map(|cells| format!("| {} |", cells.join(" | "))),
        proptest::collection::vec(cell, 1..6).prop_map(|cells| format!("|{}", cells.join("|"))),
        proptest::collection::vec(cell, 1..4).prop_map(|cells| format!("| {} |", cells.join(" \\| "))),
        "\\|[-:| ]{0,20}",
        Just(String::new()),
        "[ a-z0-9北京市号]{0,20}",
    ]
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn markdown_is_lossless(lines in proptest::collection::vec(line(), 0..30)) {
        let md = lines.join("\n");
        let expected = significant_input(&md);
        let got = significant_output(&md);
        if expected.is_empty() {
            return Ok(());
        }
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,400}") {
        let _ = parse_markdown("p.md", &s);
        let _ = parser::html::parse_html_document("p.html", &s);
    }
}

/// Text made of LaTeX table markup, broken or whole, and a few words.
fn latex_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("\\begin{tabular}{|c|c|}"),
        Just("\\begin{tabular*}{\\textwidth}{ll}"),
        Just("\\begin{longtable}"),
        Just("\\end{tabular}"),
        Just("\\end{longtable}"),
        Just(" & "),
        Just(" \\\\ "),
        Just("\\\\[2pt]"),
        Just("\\hline"),
        Just("\\cline{1-2}"),
        Just("\\multicolumn{2}{c}{"),
        Just("\\multirow{3}{*}{"),
        Just("\\multicolumn{99999999999}{c}{"),
        Just("\\textbf{"),
        Just("\\makecell[c]{"),
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just("[注]"),
        Just("{甲}"),
        Just("\\&"),
        Just("\\"),
        Just("$"),
        Just("\n"),
        Just("甲局"),
        Just("北京市"),
        Just("010-12345678"),
    ];
    proptest::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(config(400))]

    /// LaTeX tables, however broken, never make the parser panic, and their words all come
    /// back (markup is ASCII, so every CJK character is text).
    #[test]
    fn latex_tables_never_panic_and_keep_their_words(s in latex_text()) {
        let Ok(doc) = parse_markdown("p.md", &s) else { return Ok(()) };
        let mut got: Vec<char> = doc
            .tables
            .iter()
            .flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter().flat_map(|c| c.text.chars())))
            .chain(doc.text_lines.iter().flat_map(|l| l.text.chars()))
            .filter(|c| !c.is_ascii())
            .collect();
        let mut want: Vec<char> = s.chars().filter(|c| !c.is_ascii()).collect();
        got.sort_unstable();
        want.sort_unstable();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn seed_is_lossless() {
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).unwrap();
    assert_eq!(significant_output(&md), significant_input(&md));
}
