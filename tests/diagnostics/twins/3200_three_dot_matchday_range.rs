//! mistake: wrote the matchday range with three dots `1...38`
//! offending: ...
//! category: syntax
fn kickoff_label(matchday: u32) -> String {
    format!("MD{matchday:02}")
}

fn main() {
    let mut labels = Vec::new();
    for md in 1...38 {
        if md % 19 != 0 {
            labels.push(kickoff_label(md));
        }
    }
    println!("{}", labels.len());
}
