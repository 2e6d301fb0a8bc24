//! The cleaned record: one acceptance point (or one row of any directory table).

use std::sync::Arc;

use serde::Serialize;

use crate::finding::FindingCode;

/// Whether the point is open for business, from remarks printed in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    /// 撤销, 取消: the window was closed.
    Closed,
    /// 暂未正式提供服务: listed but not yet serving.
    NotInService,
    /// 即将变化, 协调取消中: about to change.
    Changing,
}

impl Status {
    /// Every status, for reading one back by its name.
    pub const ALL: [Status; 4] = [Status::Active, Status::Closed, Status::NotInService, Status::Changing];

    /// The status a stable name ([`Status::as_str`]) stands for: a dataset tablemend wrote,
    /// read back.
    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Closed => "closed",
            Status::NotInService => "not_in_service",
            Status::Changing => "changing",
        }
    }
}

/// What sort of number a phone is, since analysts count landlines and mobiles apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    Landline,
    Mobile,
    /// Short service numbers such as `020-12345`.
    Service,
    /// A fixed line printed as a fax (`传真: 025-68787778`): kept, but not a number to call.
    Fax,
}

impl PhoneKind {
    /// Stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneKind::Landline => "landline",
            PhoneKind::Mobile => "mobile",
            PhoneKind::Service => "service",
            PhoneKind::Fax => "fax",
        }
    }
}

/// One phone number, well-formed and explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phone {
    /// National format: `0571-87051076`, mobiles as 11 digits.
    pub number: String,
    pub extension: Option<String>,
    /// `+8657187051076`; extension not included.
    pub e164: String,
    /// Label printed before the number (`企业单位`), if any.
    pub label: Option<String>,
    pub kind: PhoneKind,
    /// Area code with its trunk 0 (`0571`), for landlines and service numbers.
    pub area_code: Option<String>,
    /// Prefecture-level units the area code serves (names from the embedded gazetteer,
    /// borrowed: every parsed phone carries them).
    pub area_prefectures: Vec<&'static str>,
    /// Codes of the findings about this number.
    pub flags: Vec<FindingCode>,
}

impl Phone {
    /// National form with extension, as written in CSV (`0710-3511681-8697`).
    pub fn display(&self) -> String {
        let mut s = String::with_capacity(self.number.len() + self.extension.as_ref().map_or(0, |e| e.len() + 1));
        self.push_display(&mut s);
        s
    }

    /// [`Phone::display`] appended to a buffer (keys and CSV fields built per record).
    pub fn push_display(&self, out: &mut String) {
        out.push_str(&self.number);
        if let Some(e) = &self.extension {
            out.push('-');
            out.push_str(e);
        }
    }
}

/// A cleaned record with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Stable id from the record's content (see [`crate::id`]).
    pub id: String,
    /// Names and codes of the divisions, borrowed from the embedded gazetteer (every record
    /// carries up to six; a directory in one file holds hundreds of thousands of records).
    pub province: &'static str,
    pub province_code: Option<&'static str>,
    pub city: Option<&'static str>,
    pub city_code: Option<&'static str>,
    pub district: Option<&'static str>,
    pub district_code: Option<&'static str>,
    pub institution: String,
    pub address: String,
    /// The address with missing upper levels prefixed, for geocoders.
    pub address_full: String,
    pub phones: Vec<Phone>,
    pub joint_permit: bool,
    pub status: Status,
    pub notes: Vec<String>,
    /// Distinct finding codes attached to this record, sorted.
    pub flags: Vec<FindingCode>,
    /// Shared with the document's other records and findings.
    pub source_file: Arc<str>,
    /// Every source line the record was built from, sorted.
    pub source_lines: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_by_its_name() {
        for s in Status::ALL {
            assert_eq!(Status::from_name(s.as_str()), Some(s));
        }
        assert_eq!(Status::from_name("open"), None);
    }
}
