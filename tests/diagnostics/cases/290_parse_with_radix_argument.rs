//! mistake: Python's `int(h, 16)` translated as `h.parse::<u8>(16)`, passing the base to `parse`
//! offending: parse::<u8>(16)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let color = "ff8000";
    let pairs = vec![&color[0..2], &color[2..4], &color[4..6]];
    // Python: [int(h, 16) for h in pairs]
    let rgb = comp![h.parse::<u8>(16).unwrap() for h in &pairs];
    println!("{rgb:?}");
}
