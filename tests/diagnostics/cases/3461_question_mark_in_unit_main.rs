//! mistake: used `?` on `parse` inside `main`, which returns `()`
//! offending: f.parse::<u64>()?
//! category: try
use comprehensions::comp;

fn main() {
    let line = "chr1\t12345\t12400\t12500";
    let coords = comp![f.parse::<u64>()? for f in line.split('\t').skip(1)];
    println!("{} coordinates, first {}", coords.len(), coords[0]);
}
