//! mistake: counted each package's published versions with Python's `len(..)` builtin
//! offending: len
//! category: python-habit
use std::collections::BTreeMap;

fn main() {
    let mut index: BTreeMap<String, Vec<String>> = BTreeMap::new();
    index.insert("serde".into(), vec!["1.0.196".into(), "1.0.197".into()]);
    index.insert("anyhow".into(), vec!["1.0.80".into()]);
    let counts: Vec<(&str, usize)> = index.iter().map(|(name, versions)| (name.as_str(), len(versions))).collect();
    println!("{counts:?}");
}
