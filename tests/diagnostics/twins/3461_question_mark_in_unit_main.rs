//! mistake: used `?` on `parse` inside `main`, which returns `()`
//! offending: f.parse::<u64>()?
//! category: try
fn main() {
    let line = "chr1\t12345\t12400\t12500";
    let mut coords = Vec::new();
    for f in line.split('\t').skip(1) {
        coords.push(f.parse::<u64>()?);
    }
    println!("{} coordinates, first {}", coords.len(), coords[0]);
}
