//! mistake: wrote the matchday range with three dots `1...38`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn kickoff_label(matchday: u32) -> String {
    format!("MD{matchday:02}")
}

fn main() {
    let labels = comp![kickoff_label(md) for md in 1...38 if md % 19 != 0];
    println!("{}", labels.len());
}
