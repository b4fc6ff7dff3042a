//! mistake: wrote a conditional element without `else` to drop masked bases
//! offending: b if b != 'N'
//! category: syntax
use comprehensions::comp;

fn main() {
    let seq = "ACGTNNACGT";
    let unmasked = comp![b if b != 'N' for b in seq.chars()];
    println!("{unmasked:?}");
}
