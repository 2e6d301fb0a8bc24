//! `report.html`: one self-contained page a reviewer works through: totals, then every
//! record with a warning or error beside its raw source lines, then the dropped text.

use std::collections::BTreeMap;
use std::fmt::Write;

use normalizer::{Finding, Severity};

use crate::RunOutput;

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}\
.error{color:#a00}.warning{color:#a60}.info{color:#555}pre{background:#f6f6f6;padding:.4em;white-space:pre-wrap;margin:0}\
details{margin:.3em 0}summary{cursor:pointer}mark{background:#ffe08a}.rec{border-left:4px solid #ccc;padding-left:.6em;margin:.6em 0}";

/// Renders the report. Deterministic: built only from the run's (ordered) data.
pub fn render(run: &RunOutput) -> String {
    let mut h = String::new();
    let _ = write!(h, "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>tablemend audit report</title><style>{CSS}</style></head><body>");
    h.push_str("<h1>tablemend audit report</h1>");

    // Totals.
    let mut by_province: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &run.records {
        *by_province.entry(r.province.as_str()).or_insert(0) += 1;
        *by_status.entry(r.status.as_str()).or_insert(0) += 1;
    }
    let mut by_code: BTreeMap<(Severity, &str), usize> = BTreeMap::new();
    for f in &run.findings {
        *by_code.entry((f.severity, f.code.as_str())).or_insert(0) += 1;
    }
    let _ = write!(h, "<section id=\"totals\"><h2>Totals</h2><p>{} records, {} findings.</p>", run.records.len(), run.findings.len());
    h.push_str("<details open><summary>Records by province</summary><table><tr><th>province</th><th>records</th></tr>");
    for (p, n) in &by_province {
        let _ = write!(h, "<tr><td>{}</td><td>{n}</td></tr>", esc(if p.is_empty() { "(unknown)" } else { p }));
    }
    h.push_str("</table></details><details open><summary>Records by status</summary><table><tr><th>status</th><th>records</th></tr>");
    for (s, n) in &by_status {
        let _ = write!(h, "<tr><td>{s}</td><td>{n}</td></tr>");
    }
    h.push_str(
        "</table></details><details open><summary>Findings by code</summary><table><tr><th>severity</th><th>code</th><th>count</th></tr>",
    );
    for ((sev, code), n) in by_code.iter().rev() {
        let _ = write!(h, "<tr class=\"{0}\"><td>{0}</td><td>{code}</td><td>{n}</td></tr>", sev.as_str());
    }
    h.push_str("</table></details></section>");

    // Records with a warning or an error, grouped by file and province.
    let mut per_record: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &run.findings {
        if let Some(id) = &f.record_id {
            per_record.entry(id.as_str()).or_default().push(f);
        }
    }
    h.push_str("<section id=\"review\"><h2>Records to review</h2>");
    let mut groups: BTreeMap<(&str, &str), Vec<&normalizer::Record>> = BTreeMap::new();
    for r in &run.records {
        let worst = per_record.get(r.id.as_str()).and_then(|fs| fs.iter().map(|f| f.severity).max());
        if worst.is_some_and(|s| s >= Severity::Warning) {
            groups.entry((r.source_file.as_str(), r.province.as_str())).or_default().push(r);
        }
    }
    for ((file, province), recs) in &groups {
        let _ = write!(h, "<details><summary>{} — {} ({} records)</summary>", esc(file), esc(province), recs.len());
        for r in recs {
            let _ = write!(
                h,
                "<div class=\"rec\" id=\"r-{0}\"><h3>{0}</h3><table><tr><th>raw source</th><th>cleaned</th></tr><tr><td>",
                esc(&r.id)
            );
            for l in &r.source_lines {
                let raw = run.source_lines.get(&(r.source_file.clone(), *l)).cloned().unwrap_or_default();
                let _ = write!(h, "<pre>{l}: {}</pre>", esc(&raw));
            }
            let phones = r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join("; ");
            let _ = write!(
                h,
                "</td><td>province: {}<br>city: {}<br>district: {}<br>institution: <mark>{}</mark><br>address: <mark>{}</mark><br>phones: <mark>{}</mark><br>status: {}<br>notes: {}</td></tr></table><ul>",
                esc(&r.province),
                esc(r.city.as_deref().unwrap_or("")),
                esc(r.district.as_deref().unwrap_or("")),
                esc(&r.institution),
                esc(&r.address),
                esc(&phones),
                r.status.as_str(),
                esc(&r.notes.join("; "))
            );
            for f in per_record.get(r.id.as_str()).into_iter().flatten() {
                let _ = write!(
                    h,
                    "<li class=\"{}\"><b>{}</b> [{}] lines {}–{}: {}{}</li>",
                    f.severity.as_str(),
                    f.code.as_str(),
                    f.severity.as_str(),
                    f.line_start,
                    f.line_end,
                    esc(&f.message),
                    if f.before.is_empty() && f.after.is_empty() {
                        String::new()
                    } else {
                        format!(" <code>{}</code> → <code>{}</code>", esc(&f.before), esc(&f.after))
                    }
                );
            }
            h.push_str("</ul></div>");
        }
        h.push_str("</details>");
    }
    h.push_str("</section>");

    // Dropped text.
    h.push_str("<section id=\"dropped\"><h2>Dropped text</h2><details><summary>Text that is in no record</summary><table><tr><th>file</th><th>line</th><th>code</th><th>text</th><th>why</th></tr>");
    for f in run.findings.iter().filter(|f| f.record_id.is_none()) {
        let _ = write!(
            h,
            "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            f.severity.as_str(),
            esc(&f.source_file),
            f.line_start,
            f.code.as_str(),
            esc(&f.before),
            esc(&f.message)
        );
    }
    h.push_str("</table></details></section></body></html>\n");
    h
}
