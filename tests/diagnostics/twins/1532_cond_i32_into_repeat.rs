//! mistake: a conditional call argument clamps an `i32` for `str::repeat`, which takes a `usize`
//! offending: if n > 0 { n } else { 0 }
//! category: type
fn main() {
    let pads: Vec<i32> = vec![-2, 0, 3];
    let lines: Vec<String> = pads.into_iter().map(|n| "-".repeat(if n > 0 { n } else { 0 })).collect();
    println!("{lines:?}");
}
