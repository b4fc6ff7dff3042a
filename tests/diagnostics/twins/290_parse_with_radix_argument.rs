//! mistake: Python's `int(h, 16)` translated as `h.parse::<u8>(16)`, passing the base to `parse` (hand-written)
fn main() {
    let color = "ff8000";
    let pairs = vec![&color[0..2], &color[2..4], &color[4..6]];
    let rgb: Vec<u8> = pairs.iter().map(|h| h.parse::<u8>(16).unwrap()).collect();
    println!("{rgb:?}");
}
