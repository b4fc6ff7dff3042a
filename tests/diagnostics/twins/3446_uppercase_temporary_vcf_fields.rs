//! mistake: kept slices of the temporary `to_uppercase()` string past the statement
//! offending: line.to_uppercase()
//! category: ownership
fn main() {
    let line = "chr1\t12345\trs6054257\tg\ta";
    let fields: Vec<&str> = line.to_uppercase().split('\t').collect();
    println!("REF={} ALT={}", fields[3], fields[4]);
}
