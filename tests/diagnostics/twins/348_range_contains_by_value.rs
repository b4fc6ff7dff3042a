//! mistake: `(1..=5).contains(r)` passing the value, not a reference (hand-written)
fn main() {
    let ratings: Vec<u8> = vec![0, 3, 5, 9];
    let mut valid = Vec::new();
    for r in ratings {
        if (1..=5).contains(r) {
            valid.push(r);
        }
    }
    println!("{valid:?}");
}
