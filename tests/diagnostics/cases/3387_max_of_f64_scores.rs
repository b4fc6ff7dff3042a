//! mistake: took `.max()` of `f64` quality scores, which are not `Ord`
//! offending: max()
//! category: type
use comprehensions::comp;
use std::collections::BTreeMap;

fn main() {
    let mut quality: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    quality.insert("serde".into(), vec![0.97, 0.99]);
    quality.insert("left-pad".into(), vec![0.12]);
    let best: Vec<(&str, Option<&f64>)> = comp![(name.as_str(), scores.iter().max()) for (name, scores) in &quality];
    println!("{best:?}");
}
