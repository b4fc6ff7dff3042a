//! mistake: wrote a conditional element without `else` to drop masked bases
//! offending: if b != 'N' { b }
//! category: syntax
fn main() {
    let seq = "ACGTNNACGT";
    let unmasked: Vec<char> = seq.chars().map(|b| if b != 'N' { b }).collect();
    println!("{unmasked:?}");
}
