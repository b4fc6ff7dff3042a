//! mistake: a match arm in the element returns `None` (Python's default) where the other arms are integers
//! offending: None
//! category: type
use comprehensions::comp;

fn main() {
    let levels = vec!["ERROR", "WARN", "DEBUG"];
    // Python: severities = [{"ERROR": 3, "WARN": 2}.get(l) for l in levels]
    let severities = comp![match *lvl { "ERROR" => 3, "WARN" => 2, _ => None } for lvl in &levels];
    println!("{severities:?}");
}
