//! mistake: parsed a CSV column with `.parse()` and no target type, then only printed it
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let line = "2024-03-01,12.50, 7.25,19.00,3.10";
    // Python: amounts = [float(f) for f in line.split(",")[1:]]
    let amounts = comp![f.trim().parse().unwrap() for f in line.split(',').skip(1)];
    println!("parsed {} amounts: {amounts:?}", amounts.len());
}
