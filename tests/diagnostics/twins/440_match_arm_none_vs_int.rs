//! mistake: a match arm returns `None` where the other arms are integers
//! offending: None
//! category: type
fn main() {
    let levels = vec!["ERROR", "WARN", "DEBUG"];
    let mut severities = Vec::new();
    for lvl in &levels {
        severities.push(match *lvl { "ERROR" => 3, "WARN" => 2, _ => None });
    }
    println!("{severities:?}");
}
