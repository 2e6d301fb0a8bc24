//! Probes libphonenumber's metadata for the local-number lengths of each area code. Shared
//! by the table generator (`examples/gen_local_lengths.rs`) and the test that keeps the
//! committed table in step; never compiled into the product (it needs the `phonenumber`
//! dev-dependency and its start-up costs ~0.1 s).

/// The lengths (7, 8) libphonenumber accepts after an area code (with its 0).
pub fn probe(area: &str) -> Vec<usize> {
    let mut lens = Vec::new();
    for len in [7usize, 8] {
        let samples = [format!("6{}", "2".repeat(len - 1)), format!("8{}", "3".repeat(len - 1)), format!("5{}", "6".repeat(len - 1))];
        let ok = samples.iter().any(|s| {
            phonenumber::parse(Some(phonenumber::country::Id::CN), format!("+86{}{}", &area[1..], s))
                .map(|n| phonenumber::is_valid(&n))
                .unwrap_or(false)
        });
        if ok {
            lens.push(len);
        }
    }
    lens
}

/// The CSV table (`area_code,local_lengths`, lengths `;`-separated, empty when
/// libphonenumber does not know the code) for the given area codes.
pub fn table<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let mut codes: Vec<&str> = codes.into_iter().collect();
    codes.sort_unstable();
    codes.dedup();
    let mut out = String::from("area_code,local_lengths\n");
    for c in codes {
        let lens: Vec<String> = probe(c).iter().map(|l| l.to_string()).collect();
        out.push_str(&format!("{c},{}\n", lens.join(";")));
    }
    out
}
