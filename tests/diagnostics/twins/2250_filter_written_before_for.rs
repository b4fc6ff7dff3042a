//! mistake: put the quality filter before the `for` (`q if q >= 30 for ..`), a conditional without `else`
//! offending: if q >= 30 { Some(q) }
//! category: syntax

fn main() {
    let qual = "IIIIHH5++#GG@@";
    let phred: Vec<u8> = qual.bytes().map(|b| b - 33).collect();
    let good: Vec<u8> = phred.iter().copied().filter_map(|q| if q >= 30 { Some(q) }).collect();
    println!("{} of {} bases have Q >= 30", good.len(), phred.len());
}
