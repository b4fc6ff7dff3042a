//! mistake: put the quality filter before the `for` (`q if q >= 30 for ..`), a conditional without `else`
//! offending: q if q >= 30
//! category: syntax
use comprehensions::comp;

fn main() {
    let qual = "IIIIHH5++#GG@@";
    let phred: Vec<u8> = qual.bytes().map(|b| b - 33).collect();
    // Python: good = [q for q in phred if q >= 30]
    let good: Vec<u8> = comp![q if q >= 30 for q in phred.iter().copied()];
    println!("{} of {} bases have Q >= 30", good.len(), phred.len());
}
