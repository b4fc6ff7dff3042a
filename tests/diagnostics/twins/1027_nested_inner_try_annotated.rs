//! mistake: the inner collect of fallible parses is annotated as plain `Vec<Vec<u8>>`
//! offending: collect
//! category: try
fn main() {
    let lines = vec!["1,2,3", "4,5,6"];
    let grid: Vec<Vec<u8>> = lines
        .iter()
        .map(|row| row.split(',').map(|c| c.parse::<u8>()).collect())
        .collect();
    println!("{grid:?}");
}
