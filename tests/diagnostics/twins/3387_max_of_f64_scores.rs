//! mistake: took `.max()` of `f64` quality scores, which are not `Ord`
//! offending: max()
//! category: type
use std::collections::BTreeMap;

fn main() {
    let mut quality: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    quality.insert("serde".into(), vec![0.97, 0.99]);
    quality.insert("left-pad".into(), vec![0.12]);
    let best: Vec<(&str, Option<&f64>)> = quality.iter().map(|(name, scores)| (name.as_str(), scores.iter().max())).collect();
    println!("{best:?}");
}
