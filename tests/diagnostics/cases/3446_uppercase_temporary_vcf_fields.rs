//! mistake: kept slices of the temporary `to_uppercase()` string past the statement
//! offending: line.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let line = "chr1\t12345\trs6054257\tg\ta";
    let fields = comp![f for f in line.to_uppercase().split('\t')];
    println!("REF={} ALT={}", fields[3], fields[4]);
}
