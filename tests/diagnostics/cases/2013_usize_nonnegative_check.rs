//! mistake: kept Python's `if w >= 0` sanity check on column widths that are `usize`, a comparison that is always true
//! offending: w >= 0
//! category: lint
use comprehensions::comp;

fn main() {
    let header = "id,name,shell";
    let widths: Vec<usize> = header.split(',').map(str::len).collect();
    let valid: Vec<usize> = comp![w + 2 for w in widths if w >= 0];
    println!("{valid:?}");
}
