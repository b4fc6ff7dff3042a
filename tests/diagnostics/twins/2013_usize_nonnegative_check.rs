//! mistake: kept Python's `if w >= 0` sanity check on column widths that are `usize`, a comparison that is always true
//! offending: w >= 0
//! category: lint
fn main() {
    let header = "id,name,shell";
    let widths: Vec<usize> = header.split(',').map(str::len).collect();
    let mut valid: Vec<usize> = Vec::new();
    for w in widths {
        if w >= 0 {
            valid.push(w + 2);
        }
    }
    println!("{valid:?}");
}
