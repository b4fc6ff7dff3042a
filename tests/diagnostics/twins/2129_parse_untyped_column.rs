//! mistake: parsed a CSV column with `.parse()` and no target type, then only printed it
//! offending: parse
//! category: type

fn main() {
    let line = "2024-03-01,12.50, 7.25,19.00,3.10";
    let amounts: Vec<_> = line.split(',').skip(1).map(|f| f.trim().parse().unwrap()).collect();
    println!("parsed {} amounts: {amounts:?}", amounts.len());
}
