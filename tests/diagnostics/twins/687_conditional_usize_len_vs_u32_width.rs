//! mistake: a conditional element whose branches are `s.len()` (`usize`) and a `u32` column width, as Python's `min`-like `len(s) if len(s) < width else width`
//! offending: width
//! category: type

fn main() {
    let width: u32 = 8;
    let cells = vec!["id", "description", "qty"];
    let mut widths = Vec::new();
    for s in &cells {
        widths.push(if s.len() < 8 { s.len() } else { width });
    }
    println!("{widths:?}");
}
