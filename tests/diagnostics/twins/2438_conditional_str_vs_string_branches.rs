//! mistake: the two branches of the pass/fail conditional have different types (`&str` and `String`)
//! offending: format!("retake ({score})")
//! category: type
use std::collections::HashMap;

fn main() {
    let finals = vec![("Hal", 71u32), ("Ines", 48)];
    let mut outcome = HashMap::new();
    for (name, score) in finals {
        outcome.insert(name, if score >= 60 { "pass" } else { format!("retake ({score})") });
    }
    println!("{outcome:?}");
}
