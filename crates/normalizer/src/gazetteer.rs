//! Administrative divisions (GB/T 2260) and telephone area codes, embedded, with a
//! multi-pattern matcher that finds place names in free text and resolves ambiguity.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, Input, MatchKind};

const DIVISIONS_CSV: &str = include_str!("../data/cn_divisions.csv");
const AREA_CODES_CSV: &str = include_str!("../data/cn_area_codes.csv");

/// Stems that are ordinary words in addresses (红旗路, 解放西路): never matched as short names.
const ORDINARY_STEMS: &[&str] = &[
    "红旗", "解放", "友好", "光明", "前进", "东风", "工农", "爱民", "太平", "中原", "城北", "城东", "城西", "市北", "市南", "天河", "丰满",
    "站前", "新市", "江南", "双桥", "金山", "安定", "互助", "通道", "三江", "新星", "白杨", "永安", "新华", "人民", "和平", "长江", "黄河",
    "文化", "迎宾", "高新", "开发", "新区", "中山", "海港", "青山", "西湖", "东湖", "南湖", "北湖", "城关", "城中", "平安", "长安", "龙华",
    "鼓楼", "普陀", "朝阳", "新城", "龙湖", "合作", "团结", "胜利", "建设",
];

/// Administrative level of a division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

/// Provinces by their English or pinyin names (lower case, no spaces; suffixes such as
/// `Province` are taken off before the lookup), with their division codes. Shanxi is 山西
/// and Shaanxi 陕西, as in official usage.
const ENGLISH_PROVINCES: &[(&str, u32)] = &[
    ("beijing", 110000),
    ("tianjin", 120000),
    ("hebei", 130000),
    ("shanxi", 140000),
    ("innermongolia", 150000),
    ("neimenggu", 150000),
    ("neimongol", 150000),
    ("liaoning", 210000),
    ("jilin", 220000),
    ("heilongjiang", 230000),
    ("shanghai", 310000),
    ("jiangsu", 320000),
    ("zhejiang", 330000),
    ("anhui", 340000),
    ("fujian", 350000),
    ("jiangxi", 360000),
    ("shandong", 370000),
    ("henan", 410000),
    ("hubei", 420000),
    ("hunan", 430000),
    ("guangdong", 440000),
    ("guangxi", 450000),
    ("guangxizhuang", 450000),
    ("hainan", 460000),
    ("chongqing", 500000),
    ("sichuan", 510000),
    ("guizhou", 520000),
    ("yunnan", 530000),
    ("tibet", 540000),
    ("xizang", 540000),
    ("shaanxi", 610000),
    ("gansu", 620000),
    ("qinghai", 630000),
    ("ningxia", 640000),
    ("ningxiahui", 640000),
    ("xinjiang", 650000),
    ("xinjianguygur", 650000),
    ("xinjiangproductionandconstructioncorps", 660000),
    ("xpcc", 660000),
    ("taiwan", 710000),
    ("hongkong", 810000),
    ("macao", 820000),
    ("macau", 820000),
];

/// One row of the divisions table.
#[derive(Debug, Clone)]
pub struct Division {
    pub code: u32,
    /// The code as published (six digits), made once: every record carries up to three.
    pub code_text: String,
    pub name: String,
    pub short: String,
    pub level: Level,
    pub parent: Option<u32>,
    pub current: bool,
}

/// A prefecture-level unit served by an area code.
#[derive(Debug, Clone)]
pub struct AreaEntry {
    pub prefecture_code: u32,
    pub prefecture: String,
    pub province: String,
}

/// The embedded reference data and its matcher; built once per process.
pub struct Gazetteer {
    pub divisions: Vec<Division>,
    by_code: HashMap<u32, Vec<usize>>,
    patterns: Vec<(String, Vec<usize>, bool)>,
    /// A contiguous NFA used through the `Automaton` trait (static dispatch per byte,
    /// unlike `AhoCorasick`'s boxed automaton). A full DFA scanned no faster over many
    /// documents (its 11 MB table misses the caches) and cost 40 ms and 25 MB at start-up.
    matcher: NFA,
    /// Byte length of the longest pattern, to bound prefix searches.
    max_pattern_len: usize,
    area: HashMap<String, Vec<AreaEntry>>,
    /// Province division indices, current only.
    pub provinces: Vec<usize>,
    /// What [`Gazetteer::province_by_name`] accepts: a province's name, its short name,
    /// or a cut of the name that keeps the short name (`内蒙古自治`); the first province
    /// in code order wins.
    province_names: HashMap<String, usize>,
    /// Province of every division, precomputed (hot in matching).
    province_idx: Vec<usize>,
    /// Prefecture-level unit of every division, precomputed.
    prefecture_idx: Vec<Option<usize>>,
    /// Current prefecture and county names by province, for OCR corrections.
    names_by_province: HashMap<usize, Vec<Vec<char>>>,
}

/// A place name found in text.
#[derive(Debug, Clone)]
pub struct PlaceMatch<'g> {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// Division indices the name may denote (borrowed: matching allocates nothing per hit).
    pub candidates: &'g [usize],
    /// True when matched through a short name (`南京` for 南京市).
    pub short: bool,
}

/// Where a text places a record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    pub province: Option<usize>,
    pub prefecture: Option<usize>,
    pub county: Option<usize>,
}

impl Gazetteer {
    /// The process-wide gazetteer.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::build)
    }

    fn build() -> Gazetteer {
        let mut divisions = Vec::new();
        for line in DIVISIONS_CSV.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() < 6 {
                continue;
            }
            let level = match f[3] {
                "province" => Level::Province,
                "prefecture" => Level::Prefecture,
                _ => Level::County,
            };
            let code: u32 = f[0].parse().unwrap_or(0);
            divisions.push(Division {
                code,
                code_text: format!("{code:06}"),
                name: f[1].to_string(),
                short: f[2].to_string(),
                level,
                parent: f[4].parse().ok(),
                current: f[5] == "current",
            });
        }
        let mut by_code: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            by_code.entry(d.code).or_default().push(i);
        }
        let mut pat: HashMap<String, (Vec<usize>, bool)> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            if d.short.is_empty() {
                continue; // 市辖区 / 县 pseudo rows
            }
            pat.entry(d.name.clone()).or_insert_with(|| (Vec::new(), false)).0.push(i);
            let mut shorts = Vec::new();
            if d.short != d.name && d.short.chars().count() >= 2 && !ORDINARY_STEMS.contains(&d.short.as_str()) {
                shorts.push(d.short.clone());
            }
            if d.name.ends_with("自治州") {
                shorts.push(format!("{}州", d.short.trim_end_matches('州')));
            }
            for s in shorts {
                let e = pat.entry(s).or_insert_with(|| (Vec::new(), true));
                if !e.0.contains(&i) {
                    e.0.push(i);
                }
            }
        }
        let mut patterns: Vec<(String, Vec<usize>, bool)> = pat.into_iter().map(|(k, (v, s))| (k, v, s)).collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let matcher = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|p| p.0.as_str()))
            .expect("gazetteer patterns build");
        let mut area: HashMap<String, Vec<AreaEntry>> = HashMap::new();
        for line in AREA_CODES_CSV.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() < 4 {
                continue;
            }
            area.entry(format!("0{}", f[0])).or_default().push(AreaEntry {
                prefecture_code: f[1].parse().unwrap_or(0),
                prefecture: f[2].to_string(),
                province: f[3].to_string(),
            });
        }
        let provinces = divisions.iter().enumerate().filter(|(_, d)| d.level == Level::Province && d.current).map(|(i, _)| i).collect();
        let max_pattern_len = patterns.iter().map(|p| p.0.len()).max().unwrap_or(0);
        let mut g = Gazetteer {
            max_pattern_len,
            divisions,
            by_code,
            patterns,
            matcher,
            area,
            provinces,
            province_names: HashMap::new(),
            province_idx: Vec::new(),
            prefecture_idx: Vec::new(),
            names_by_province: HashMap::new(),
        };
        for &i in &g.provinces {
            let d = &g.divisions[i];
            g.province_names.entry(d.name.clone()).or_insert(i);
            g.province_names.entry(d.short.clone()).or_insert(i);
            if d.name.starts_with(&d.short) {
                for (k, _) in d.name.char_indices().filter(|&(k, _)| k >= d.short.len()) {
                    g.province_names.entry(d.name[..k].to_string()).or_insert(i);
                }
            }
        }
        for (english, code) in ENGLISH_PROVINCES {
            if let Some(&i) = g.by_code.get(code).and_then(|v| v.first()) {
                g.province_names.entry((*english).to_string()).or_insert(i);
            }
        }
        g.province_idx = (0..g.divisions.len()).map(|i| g.compute_province_of(i)).collect();
        g.prefecture_idx = (0..g.divisions.len()).map(|i| g.compute_prefecture_of(i)).collect();
        for (i, d) in g.divisions.iter().enumerate() {
            if d.current && d.level != Level::Province && !d.short.is_empty() {
                g.names_by_province.entry(g.province_idx[i]).or_default().push(d.name.chars().collect());
            }
        }
        for v in g.names_by_province.values_mut() {
            v.sort();
            v.dedup();
        }
        g
    }

    /// Current prefecture and county names of a province, as characters.
    pub fn names_in_province(&self, province: usize) -> &[Vec<char>] {
        self.names_by_province.get(&province).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Two provinces that may both hold a record: equal, or 新疆 and the 新疆生产建设兵团,
    /// whose cities are divisions of 新疆 (the table gives the Corps no children).
    pub fn compatible(&self, a: usize, b: usize) -> bool {
        a == b || matches!((self.divisions[a].code, self.divisions[b].code), (650000, 660000) | (660000, 650000))
    }

    /// True for 北京, 天津, 上海, 重庆: the province is also the city.
    pub fn is_municipality(&self, i: usize) -> bool {
        matches!(self.divisions[i].code, 110000 | 120000 | 310000 | 500000)
    }

    /// Division by index.
    pub fn div(&self, i: usize) -> &Division {
        &self.divisions[i]
    }

    /// Current division with this code (former rows only when no current one exists).
    pub fn by_code(&self, code: u32) -> Option<usize> {
        let v = self.by_code.get(&code)?;
        v.iter().copied().find(|&i| self.divisions[i].current).or_else(|| v.first().copied())
    }

    /// The province a division belongs to.
    pub fn province_of(&self, i: usize) -> usize {
        self.province_idx[i]
    }

    fn compute_province_of(&self, mut i: usize) -> usize {
        for _ in 0..4 {
            let d = &self.divisions[i];
            if d.level == Level::Province {
                return i;
            }
            match d.parent.and_then(|p| self.by_code(p)) {
                Some(p) => i = p,
                None => break,
            }
        }
        i
    }

    /// The prefecture-level unit of a division (municipalities: the province itself;
    /// province-direct counties: the county itself).
    pub fn prefecture_of(&self, i: usize) -> Option<usize> {
        self.prefecture_idx[i]
    }

    fn compute_prefecture_of(&self, i: usize) -> Option<usize> {
        let d = &self.divisions[i];
        match d.level {
            Level::Province => None,
            Level::Prefecture => {
                if d.short.is_empty() {
                    d.parent.and_then(|p| self.by_code(p))
                } else {
                    Some(i)
                }
            }
            Level::County => {
                let p = d.parent.and_then(|p| self.by_code(p))?;
                let pd = &self.divisions[p];
                match pd.level {
                    Level::Province => Some(i),
                    _ if pd.short.is_empty() => pd.parent.and_then(|pp| self.by_code(pp)),
                    _ => Some(p),
                }
            }
        }
    }

    /// Province index from a name written in full, short or spaced form (`河 北`).
    pub fn province_by_name(&self, text: &str) -> Option<usize> {
        // 8 CJK characters are 24 bytes; OCR spacing rarely doubles that. Most cells are
        // longer and leave here without an allocation.
        if text.len() > 64 {
            return None;
        }
        let s = crate::text::without_whitespace(std::borrow::Cow::Borrowed(text));
        if s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return self.english_province(&s);
        }
        // The longest province name (宁夏回族自治区, 新疆维吾尔自治区, 新疆生产建设兵团) has 8.
        let n = s.chars().count();
        if !(2..=8).contains(&n) {
            return None;
        }
        self.province_names.get(&*s).copied()
    }

    /// A province named in English or pinyin (`Beijing`, `Inner Mongolia`, `Guangdong
    /// Province`), as bilingual directories print it; `text` has no whitespace.
    fn english_province(&self, text: &str) -> Option<usize> {
        let lower = text.to_ascii_lowercase();
        let mut name = lower.as_str();
        for suffix in ["province", "municipality", "autonomousregion", "specialadministrativeregion", "sar", "city"] {
            if let Some(stem) = name.strip_suffix(suffix).filter(|s| s.len() >= 4) {
                name = stem;
                break;
            }
        }
        self.province_names.get(name).copied()
    }

    /// The province a one-character abbreviation names (`沪` 上海市, `粤` 广东省), for the
    /// abbreviations no province's name holds: any other character (`苏`, `宁`) is read as
    /// a fragment of a name split over rows (see [`Gazetteer::provinces_containing`]).
    pub fn province_by_abbreviation(&self, text: &str) -> Option<usize> {
        const ABBREVIATIONS: &[(char, u32)] = &[
            ('沪', 310000),
            ('渝', 500000),
            ('冀', 130000),
            ('晋', 140000),
            ('鲁', 370000),
            ('豫', 410000),
            ('鄂', 420000),
            ('湘', 430000),
            ('粤', 440000),
            ('琼', 460000),
            ('黔', 520000),
            ('滇', 530000),
            ('陇', 620000),
            ('桂', 450000),
            ('闽', 350000),
            ('赣', 360000),
            ('皖', 340000),
        ];
        let mut chars = text.chars().filter(|c| !c.is_whitespace());
        let (Some(c), None) = (chars.next(), chars.next()) else { return None };
        let code = ABBREVIATIONS.iter().find(|a| a.0 == c)?.1;
        self.provinces.iter().copied().find(|&i| self.divisions[i].code == code)
    }

    /// Provinces whose full name contains the fragment's characters in order (`龙` → 黑龙江省,
    /// `自治区` → several). Used for province names split over rows.
    pub fn provinces_containing(&self, fragment: &str) -> Vec<usize> {
        let frag: Vec<char> = fragment.chars().filter(|c| !c.is_whitespace()).collect();
        if frag.is_empty() {
            return Vec::new();
        }
        self.provinces
            .iter()
            .copied()
            .filter(|&i| {
                let name: Vec<char> = self.divisions[i].name.chars().collect();
                let mut k = 0;
                for c in &name {
                    if k < frag.len() && *c == frag[k] {
                        k += 1;
                    }
                }
                k == frag.len()
            })
            .collect()
    }

    /// Every known area code (with trunk 0), in no particular order.
    pub fn area_codes(&self) -> impl Iterator<Item = &str> {
        self.area.keys().map(|k| k.as_str())
    }

    /// Prefectures an area code (with trunk 0, `0571`) serves.
    pub fn area(&self, code: &str) -> &[AreaEntry] {
        self.area.get(code).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Area codes (with their 0) that serve a prefecture-level unit, sorted.
    pub fn area_codes_for(&self, prefecture_code: u32) -> Vec<String> {
        let mut v: Vec<String> =
            self.area.iter().filter(|(_, es)| es.iter().any(|e| e.prefecture_code == prefecture_code)).map(|(k, _)| k.clone()).collect();
        v.sort();
        v
    }

    /// True when the digits start with a known area code; returns the code (with its 0).
    pub fn split_area_code(&self, digits: &str) -> Option<String> {
        for len in [3usize, 4] {
            if digits.len() > len {
                let c = &digits[..len];
                if self.area.contains_key(c) {
                    return Some(c.to_string());
                }
            }
        }
        None
    }

    /// All place names in the text, leftmost-longest, skipping short names used as street
    /// names (`北京路`, `中山东路`, `黄山西路`).
    pub fn find_places<'g>(&'g self, text: &str) -> Vec<PlaceMatch<'g>> {
        let mut out: Vec<PlaceMatch<'g>> = Vec::new();
        // (Read in simplified form, the same length: offsets hold for the text as printed.)
        let text = &*crate::variants::as_read(text);
        // Unanchored leftmost-longest search on an automaton built for it cannot fail.
        let Ok(iter) = self.matcher.try_find_iter(Input::new(text)) else { return out };
        for m in iter {
            let (_, cands, short) = &self.patterns[m.pattern().as_usize()];
            if *short && is_street_use(&text[m.end()..]) {
                continue;
            }
            // A short name inside a word (`大江东` is not 江东区) starts the text, follows
            // another place name, or follows a non-CJK character.
            if *short && m.start() > 0 {
                let prev = text[..m.start()].chars().next_back();
                let after_place = out.last().is_some_and(|p| p.end == m.start());
                let after_unit = prev.is_some_and(|c| matches!(c, '区' | '市' | '省' | '县' | '州' | '旗' | '盟' | '镇' | '乡'));
                if prev.is_some_and(crate::text::is_cjk) && !after_place && !after_unit {
                    continue;
                }
            }
            out.push(PlaceMatch { start: m.start(), end: m.end(), candidates: cands, short: *short });
        }
        out
    }

    /// The place name the text starts with, if any: the test behind "this cell begins a
    /// new record/address". Only a prefix as long as the longest name is searched.
    pub fn place_at_start(&self, text: &str) -> Option<PlaceMatch<'_>> {
        let text = &*crate::variants::as_read(text);
        let mut cut = self.max_pattern_len.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Anchored: the longest name starting at 0, without scanning for later ones.
        let m = self.matcher.try_find(&Input::new(&text[..cut]).anchored(Anchored::Yes)).ok().flatten()?;
        let (_, cands, short) = &self.patterns[m.pattern().as_usize()];
        // A short name at the start passes the word-start rule; street use still rules it out.
        if *short && is_street_use(&text[m.end()..]) {
            return None;
        }
        Some(PlaceMatch { start: 0, end: m.end(), candidates: cands, short: *short })
    }

    /// Resolves a text to province, prefecture and county, using a province hint and the
    /// prefectures of the record's area codes to break ties (朝阳区 in 北京 or 长春).
    pub fn resolve(&self, text: &str, province_hint: Option<usize>, area_prefs: &[u32]) -> Resolution {
        let mut res = Resolution::default();
        let matches = self.find_places(text);
        for m in &matches {
            let (cands, tied) = self.rank(m.candidates, province_hint.or(res.province), res.prefecture, area_prefs);
            let Some(&best) = cands.first() else { continue };
            if tied {
                continue; // 市中区 of 乐山 or 内江: nothing tells which
            }
            let d = &self.divisions[best];
            match d.level {
                Level::Province => {
                    if res.province.is_none() {
                        res.province = Some(best);
                    }
                }
                Level::Prefecture => {
                    if res.prefecture.is_none() {
                        res.prefecture = self.prefecture_of(best);
                        res.province.get_or_insert(self.province_of(best));
                    }
                }
                Level::County => {
                    let pref = self.prefecture_of(best);
                    if res.county.is_none() && (res.prefecture.is_none() || res.prefecture == pref) {
                        res.county = Some(best);
                        if res.prefecture.is_none() {
                            res.prefecture = pref;
                        }
                        res.province.get_or_insert(self.province_of(best));
                    }
                }
            }
        }
        res
    }

    /// The municipality (北京, 天津, 上海, 重庆) a text's first place is a district of, when that
    /// place is a district of one and of a prefecture's city alike (`通州区…`: 北京's or 南通's)
    /// and the record says nothing else: a municipality's addresses print the district bare, a
    /// prefecture's put their city first (`南通市通州区…`). None otherwise.
    pub fn municipality_of_shared_district(&self, text: &str) -> Option<usize> {
        let m = self.find_places(text).into_iter().next()?;
        let (cands, tied) = self.rank(m.candidates, None, None, &[]);
        let municipal = |i: usize| self.is_municipality(self.province_of(i));
        match cands[..] {
            [a, b] if tied && municipal(a) != municipal(b) => Some(self.province_of(if municipal(a) { a } else { b })),
            _ => None,
        }
    }

    /// Candidates ordered by fit: same province, same prefecture, served by the area code,
    /// current before former, higher level first.
    fn rank(&self, cands: &[usize], province: Option<usize>, pref: Option<usize>, area_prefs: &[u32]) -> (Vec<usize>, bool) {
        let mut scored: Vec<(i32, usize)> = cands
            .iter()
            .map(|&i| {
                let d = &self.divisions[i];
                let mut s = 0;
                if let Some(p) = province {
                    if self.compatible(self.province_of(i), p) {
                        s += 100;
                    } else if d.level != Level::Province {
                        s -= 100;
                    }
                }
                if let (Some(pf), Some(mine)) = (pref, self.prefecture_of(i)) {
                    if pf == mine {
                        s += 50;
                    }
                }
                if let Some(mine) = self.prefecture_of(i) {
                    if area_prefs.contains(&self.divisions[mine].code) {
                        s += 30;
                    }
                }
                if d.current {
                    s += 5;
                }
                s -= d.level as i32;
                (s, i)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        // Two different places of the same level scoring the same cannot be told apart.
        let tied = scored.len() >= 2
            && scored[0].0 == scored[1].0
            && self.divisions[scored[0].1].level == self.divisions[scored[1].1].level
            && self.prefecture_of(scored[0].1) != self.prefecture_of(scored[1].1);
        // Drop candidates from another province when a province is known.
        let kept = scored.into_iter().filter(|(s, _)| province.is_none() || *s > -50).map(|(_, i)| i).collect();
        (kept, tied)
    }
}

fn is_street_use(after: &str) -> bool {
    let mut it = after.chars();
    match it.next() {
        Some('路' | '街' | '道' | '巷' | '弄' | '里' | '桥' | '大' | '公' | '花' | '广') => true,
        // A village named like a county (`桃山村…` beside 桃山区): inside an address.
        Some('村') => true,
        // A side or a section of a road (`路北侧`: the road's north side; `路南段`: its
        // southern section), not a place's.
        Some('侧' | '边' | '段') => true,
        Some('东' | '西' | '南' | '北' | '中') => matches!(it.next(), Some('路' | '街' | '大' | '巷' | '一' | '二' | '三')),
        // A number right after a name without its suffix (`路北300米`: 300 m north of a
        // road) is a distance or a house number, not a place's.
        Some(c) => c.is_ascii_digit(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(g: &Gazetteer, i: Option<usize>) -> &str {
        i.map(|i| g.div(i).name.as_str()).unwrap_or("")
    }

    #[test]
    fn province_lookup_follows_the_name_rule() {
        // The rule the lookup table is built from, tried on every piece of every name.
        let g = Gazetteer::get();
        let rule = |s: &str| {
            g.provinces.iter().copied().find(|&i| {
                let d = &g.divisions[i];
                d.name == s || d.short == s || (d.name.starts_with(s) && s.starts_with(&d.short))
            })
        };
        let mut tried = 0;
        for &p in &g.provinces {
            let chars: Vec<char> = g.divisions[p].name.chars().collect();
            for a in 0..chars.len() {
                for b in a + 2..=chars.len().min(a + 8) {
                    let s: String = chars[a..b].iter().collect();
                    assert_eq!(g.province_by_name(&s), rule(&s), "{s}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 100, "{tried}");
    }

    #[test]
    fn loads_and_finds_provinces() {
        let g = Gazetteer::get();
        assert!(g.divisions.len() > 3000);
        assert_eq!(name(g, g.province_by_name("河 北")), "河北省");
        assert_eq!(name(g, g.province_by_name("内蒙古")), "内蒙古自治区");
        assert_eq!(name(g, g.province_by_name("宁夏回族自治区")), "宁夏回族自治区");
        assert_eq!(g.provinces_containing("龙").len(), 1);
        // Abbreviations no name holds; a character of a name stays a fragment.
        assert_eq!(name(g, g.province_by_abbreviation("沪")), "上海市");
        assert_eq!(name(g, g.province_by_abbreviation("粤")), "广东省");
        assert_eq!(g.province_by_abbreviation("宁"), None);
        assert_eq!(g.province_by_abbreviation("沪粤"), None);
        for c in ["沪", "渝", "冀", "晋", "鲁", "豫", "鄂", "湘", "粤", "琼", "黔", "滇", "陇", "桂", "闽", "赣", "皖"] {
            assert!(g.provinces_containing(c).is_empty(), "{c} is in a province's name");
            assert!(g.province_by_abbreviation(c).is_some(), "{c}");
        }
        assert_eq!(name(g, g.provinces_containing("龙").first().copied()), "黑龙江省");
    }

    #[test]
    fn ambiguity_resolved_by_province_and_area_code() {
        let g = Gazetteer::get();
        let bj = g.province_by_name("北京");
        let r = g.resolve("朝阳区霄云路霄云里1号", bj, &[]);
        assert_eq!(name(g, r.county), "朝阳区");
        assert_eq!(name(g, r.prefecture), "北京市");
        let r = g.resolve("朝阳市双塔区人民路1号", None, &[]);
        assert_eq!(name(g, r.prefecture), "朝阳市");
        assert_eq!(name(g, r.province), "辽宁省");
        let hn = g.province_by_name("海南");
        let r = g.resolve("海口市龙华区公园路1号", hn, &[]);
        assert_eq!(name(g, r.prefecture), "海口市");
        let gd = g.province_by_name("广东");
        let r = g.resolve("深圳市龙华区民治街道", gd, &[]);
        assert_eq!(name(g, r.prefecture), "深圳市");
        assert_eq!(name(g, r.county), "龙华区");
    }

    #[test]
    fn a_bare_district_of_a_municipality_and_a_prefecture_s_city_is_the_municipality_s() {
        let g = Gazetteer::get();
        // Nothing else telling them apart: 北京's 通州区, not 南通's; 上海's 普陀区, not 舟山's.
        assert_eq!(name(g, g.municipality_of_shared_district("通州区长江中路150号")), "北京市");
        assert_eq!(name(g, g.municipality_of_shared_district("普陀区振兴街174号")), "上海市");
        // Resolving still leaves the tie open, for the record's area code to decide.
        assert_eq!(g.resolve("通州区长江中路150号", None, &[]).county, None);
        // The city printed decides; two prefectures' districts stay undecided (市中区 of 乐山
        // or 内江); a place of one city alone is no shared district.
        assert_eq!(g.municipality_of_shared_district("南通市通州区长江中路150号"), None);
        assert_eq!(g.municipality_of_shared_district("市中区人民路1号"), None);
        assert_eq!(g.municipality_of_shared_district("海淀区中关村大街1号"), None);
    }

    #[test]
    fn street_names_are_not_places() {
        let g = Gazetteer::get();
        assert!(g.place_at_start("路北300米政务服务中心").is_none());
        assert!(g.place_at_start("路北侧高枧家园集中办公区A栋9楼").is_none());
        assert!(g.place_at_start("路南段129号焦煤双创基地A座").is_none());
        assert!(g.place_at_start("路北区东里").is_some());
        // Nor are villages named like a county without its suffix.
        assert!(g.place_at_start("桃山村2号楼1楼").is_none());
        assert!(g.place_at_start("桃山区大同街45号").is_some());
        let r = g.resolve("济南市解放东路16号", None, &[]);
        assert_eq!(name(g, r.prefecture), "济南市");
        assert_eq!(r.county, None);
        let r = g.resolve("青岛市北京路128号", None, &[]);
        assert_eq!(name(g, r.province), "山东省");
    }

    #[test]
    fn area_codes() {
        let g = Gazetteer::get();
        assert_eq!(g.area("0438")[0].prefecture, "松原市");
        assert!(g.area("010").iter().any(|a| a.prefecture == "北京市"));
        assert_eq!(g.split_area_code("057187051076").as_deref(), Some("0571"));
        assert_eq!(g.split_area_code("01089150841").as_deref(), Some("010"));
    }
}
