//! mistake: a conditional element whose branches are `s.len()` (`usize`) and a `u32` column width, as Python's `min`-like `len(s) if len(s) < width else width`
//! offending: width
//! category: type
use comprehensions::comp;

fn main() {
    let width: u32 = 8;
    let cells = vec!["id", "description", "qty"];
    let widths = comp![s.len() if s.len() < 8 else width for s in &cells];
    println!("{widths:?}");
}
